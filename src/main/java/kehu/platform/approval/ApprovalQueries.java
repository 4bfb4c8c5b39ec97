package kehu.platform.approval;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import kehu.platform.ApproverDirectory;
import kehu.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the inbox, the detail page and the API show. Read-only. */
@Service
@Transactional(readOnly = true)
public class ApprovalQueries {

    private final ApprovalRecords approvals;
    private final ApprovalTasks tasks;
    private final ApprovalChains chains;
    private final ApprovalEngine engine;
    private final ApproverDirectory directory;
    private final Clock clock;

    ApprovalQueries(ApprovalRecords approvals, ApprovalTasks tasks, ApprovalChains chains, ApprovalEngine engine,
                    ApproverDirectory directory, Clock clock) {
        this.approvals = approvals;
        this.tasks = tasks;
        this.chains = chains;
        this.engine = engine;
        this.directory = directory;
        this.clock = clock;
    }

    /** Pending tasks the staff member may decide now: their own and those delegated to them for now. */
    public List<InboxItem> inbox(long staffId) {
        var names = names();
        var chainNames = chainNames();
        return tasks.actionableBy(staffId, clock.instant()).stream().map(t -> {
            var a = t.getApproval();
            var s = t.getStep();
            return new InboxItem(t.getId(), a.getId(), a.getBusinessType(), chainNames.get(a.getChainId()), a.getTitle(),
                    names.apply(a.getApplicantStaffId()), s.getStepNo(), a.getSteps().size(), s.getRule().mode(),
                    t.getApproverStaffId(), names.apply(t.getApproverStaffId()), t.getApproverStaffId() != staffId,
                    s.getStartedAt(), s.getTimeoutAt());
        }).toList();
    }

    /** Approvals the staff member started, newest first. */
    public Page<RequestRow> requestsOf(long staffId, Pageable pageable) {
        var names = names();
        return approvals.findByApplicantStaffIdOrderByIdDesc(staffId, pageable).map(a -> new RequestRow(a.getId(),
                a.getBusinessType(), a.getTitle(), a.getStatus(), a.getCurrentStep(), a.getSteps().size(),
                a.activeStep().map(s -> s.pendingTasks().stream().map(t -> names.apply(t.getApproverStaffId())).toList())
                        .orElse(List.of()),
                a.getCreatedAt(), a.getDecidedAt()));
    }

    /** The latest tasks the staff member decided. */
    public List<DecidedRow> decidedBy(long staffId, int limit) {
        var names = names();
        return tasks.decidedBy(staffId, PageRequest.of(0, limit)).stream().map(t -> new DecidedRow(t.getId(),
                t.getApproval().getId(), t.getApproval().getBusinessType(), t.getApproval().getTitle(), t.getStatus(),
                t.getApproval().getStatus(), t.getComment(),
                t.getApproverStaffId() == staffId ? null : names.apply(t.getApproverStaffId()), t.getDecidedAt())).toList();
    }

    /**
     * One approval, for someone involved in it (applicant, subject, an approver, a delegate acting for
     * a pending approver) or a chain administrator ({@code administrator}); anyone else gets "not found".
     */
    public ApprovalDetails details(long approvalId, long viewerStaffId, boolean administrator) {
        var a = approvals.findById(approvalId).orElseThrow(() -> new NotFoundException("approval", approvalId));
        var now = clock.instant();
        var allTasks = a.getSteps().stream().flatMap(s -> s.getTasks().stream()).toList();
        boolean involved = a.getApplicantStaffId() == viewerStaffId || a.getSubjectStaffId() == viewerStaffId
                || allTasks.stream().anyMatch(t -> t.getApproverStaffId() == viewerStaffId
                || (t.getActedByStaffId() != null && t.getActedByStaffId() == viewerStaffId)
                || (t.isPending() && engine.mayAct(t, viewerStaffId, a.getBusinessType(), now)));
        if (!involved && !administrator) {
            throw new NotFoundException("approval", approvalId);
        }
        var names = names();
        var steps = a.getSteps().stream().map(s -> {
            var r = s.getRule();
            var stepTasks = s.getTasks().stream().map(t -> new ApprovalDetails.Task(t.getId(), t.getApproverStaffId(),
                    names.apply(t.getApproverStaffId()), t.getStatus(),
                    t.getActedByStaffId() == null ? null : names.apply(t.getActedByStaffId()),
                    t.getActedByStaffId() != null && !t.getActedByStaffId().equals(t.getApproverStaffId()),
                    t.getComment(), t.getDecidedAt(),
                    a.isPending() && t.isPending() && engine.mayAct(t, viewerStaffId, a.getBusinessType(), now))).toList();
            return new ApprovalDetails.Step(s.getStepNo(), r.approverKind(), r.roleCode(),
                    r.personStaffId() == null ? null : names.apply(r.personStaffId()), r.mode(), s.getStatus(),
                    s.getStartedAt(), s.getRemindAt(), s.getTimeoutAt(), r.timeoutAction(), s.getEndedAt(), stepTasks);
        }).toList();
        var history = a.getHistory().stream().map(h -> new ApprovalDetails.Entry(h.getEvent(), h.getStepNo(),
                h.getActorStaffId() == null ? null : names.apply(h.getActorStaffId()),
                h.getApproverStaffId() == null ? null : names.apply(h.getApproverStaffId()), h.onBehalf(),
                h.getDetail(), h.getComment(), h.getOccurredAt())).toList();
        return new ApprovalDetails(a.getId(), a.getBusinessType(), a.getBusinessKey(), chainNames().get(a.getChainId()),
                a.getTitle(), a.getApplicantStaffId(), names.apply(a.getApplicantStaffId()), a.getSubjectStaffId(),
                names.apply(a.getSubjectStaffId()), a.getStatus(), a.getCurrentStep(), a.getCreatedAt(),
                a.getDecidedAt(), steps, history, a.isPending() && a.getApplicantStaffId() == viewerStaffId);
    }

    /** The approval a task belongs to. */
    public long approvalOfTask(long taskId) {
        return tasks.approvalIdOf(taskId).orElseThrow(() -> new NotFoundException("approval.task", taskId));
    }

    /** The current user's staff id, from their user name. */
    public long staffIdOf(String username) {
        return directory.staffIdByUsername(username).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("no staff member " + username));
    }

    /** Display names, looked up once per id. */
    private LongFunction<String> names() {
        Map<Long, String> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id, directory::displayName);
    }

    private Map<Long, String> chainNames() {
        var map = new HashMap<Long, String>();
        chains.findAll().forEach(c -> map.put(c.getId(), c.getName()));
        return map;
    }
}
