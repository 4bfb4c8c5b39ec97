package kehu.platform.approval.web;

import java.security.Principal;
import java.util.List;

import kehu.platform.approval.ApprovalDetails;
import kehu.platform.approval.ApprovalEngine;
import kehu.platform.approval.ApprovalQueries;
import kehu.platform.approval.DecidedRow;
import kehu.platform.approval.DelegationForm;
import kehu.platform.approval.DelegationManagement;
import kehu.platform.approval.DelegationView;
import kehu.platform.approval.InboxItem;
import kehu.platform.approval.RequestRow;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the approvals inbox (any signed-in member of staff). */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalApi {

    /** Body of approve / reject / withdraw: an optional comment (required to reject). */
    record CommentBody(String comment) {
    }

    private final ApprovalQueries queries;
    private final ApprovalEngine engine;
    private final DelegationManagement delegations;
    private final CurrentStaff currentStaff;

    ApprovalApi(ApprovalQueries queries, ApprovalEngine engine, DelegationManagement delegations,
                CurrentStaff currentStaff) {
        this.queries = queries;
        this.engine = engine;
        this.delegations = delegations;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/inbox")
    List<InboxItem> inbox(Principal principal) {
        return queries.inbox(currentStaff.id(principal));
    }

    @GetMapping("/requests")
    PagedModel<RequestRow> requests(Principal principal, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        return new PagedModel<>(queries.requestsOf(currentStaff.id(principal),
                PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 100))));
    }

    @GetMapping("/decided")
    List<DecidedRow> decided(Principal principal, @RequestParam(defaultValue = "20") int limit) {
        return queries.decidedBy(currentStaff.id(principal), Math.min(Math.max(1, limit), 100));
    }

    @PostMapping("/tasks/{taskId}/approve")
    ApprovalDetails approve(@PathVariable long taskId, @RequestBody(required = false) CommentBody body,
                            Principal principal, Authentication authentication) {
        long staffId = currentStaff.id(principal);
        engine.approve(taskId, staffId, body == null ? null : body.comment());
        return queries.details(queries.approvalOfTask(taskId), staffId, CurrentStaff.administers(authentication));
    }

    @PostMapping("/tasks/{taskId}/reject")
    ApprovalDetails reject(@PathVariable long taskId, @RequestBody(required = false) CommentBody body,
                           Principal principal, Authentication authentication) {
        long staffId = currentStaff.id(principal);
        engine.reject(taskId, staffId, body == null ? null : body.comment());
        return queries.details(queries.approvalOfTask(taskId), staffId, CurrentStaff.administers(authentication));
    }

    @GetMapping("/{id}")
    ApprovalDetails details(@PathVariable long id, Principal principal, Authentication authentication) {
        return queries.details(id, currentStaff.id(principal), CurrentStaff.administers(authentication));
    }

    @PostMapping("/{id}/withdraw")
    ApprovalDetails withdraw(@PathVariable long id, @RequestBody(required = false) CommentBody body,
                             Principal principal, Authentication authentication) {
        long staffId = currentStaff.id(principal);
        engine.withdraw(id, staffId, body == null ? null : body.comment());
        return queries.details(id, staffId, CurrentStaff.administers(authentication));
    }

    @GetMapping("/delegations")
    List<DelegationView> delegations(Principal principal) {
        return delegations.involving(currentStaff.id(principal));
    }

    @PostMapping("/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    DelegationView delegate(@RequestBody DelegationForm form, Principal principal) {
        return delegations.delegate(currentStaff.id(principal), form);
    }

    @PostMapping("/delegations/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Principal principal) {
        delegations.revoke(id, currentStaff.id(principal));
    }
}
