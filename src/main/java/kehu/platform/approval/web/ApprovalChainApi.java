package kehu.platform.approval.web;

import java.util.List;

import kehu.platform.approval.ApprovalChainForm;
import kehu.platform.approval.ApprovalChainManagement;
import kehu.platform.approval.ChainView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API for approval chains ({@code platform.approval.manage}). DELETE switches a chain off; it is kept. */
@RestController
@RequestMapping("/api/v1/approval-chains")
@PreAuthorize("hasAuthority('platform.approval.manage')")
class ApprovalChainApi {

    private final ApprovalChainManagement chains;

    ApprovalChainApi(ApprovalChainManagement chains) {
        this.chains = chains;
    }

    @GetMapping
    List<ChainView> list() {
        return chains.list();
    }

    @GetMapping("/{id}")
    ChainView get(@PathVariable long id) {
        return chains.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChainView create(@RequestBody ApprovalChainForm form) {
        return chains.create(form);
    }

    @PutMapping("/{id}")
    ChainView update(@PathVariable long id, @RequestBody ApprovalChainForm form) {
        return chains.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable long id) {
        chains.deactivate(id);
    }
}
