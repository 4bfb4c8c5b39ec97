package kehu.servicedesk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;

import kehu.organization.DataScopes;
import kehu.servicedesk.internal.Matter;
import kehu.servicedesk.internal.MatterJournal;
import kehu.servicedesk.internal.MatterViews;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.Resolution;
import kehu.servicedesk.internal.Resolutions;
import kehu.servicedesk.internal.ServiceActor;
import kehu.servicedesk.internal.TimeLimitPolicy;
import kehu.servicedesk.internal.WorkEntries;
import kehu.servicedesk.internal.WorkEntry;
import kehu.servicedesk.internal.WorkOrder;
import kehu.servicedesk.internal.WorkOrders;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work orders (维修工作单, SVC-2): the department's list, taking an order (one member wins when two take it
 * at once), recording the work done, and returning the completion receipt (回单), which resolves the repair
 * and hands it back to its owner for the customer's confirmation. A person sees the orders of the
 * departments their scopes reach and the orders they hold.
 */
@Service
@Transactional
public class WorkOrderManagement {

    private final WorkOrders workOrders;
    private final WorkEntries entries;
    private final Matters matters;
    private final Resolutions resolutions;
    private final MatterViews views;
    private final MatterJournal journal;
    private final TimeLimitPolicy timeLimits;
    private final DataScopes scopes;
    private final Clock clock;

    WorkOrderManagement(WorkOrders workOrders, WorkEntries entries, Matters matters, Resolutions resolutions,
                        MatterViews views, MatterJournal journal, TimeLimitPolicy timeLimits, DataScopes scopes,
                        Clock clock) {
        this.workOrders = workOrders;
        this.entries = entries;
        this.matters = matters;
        this.resolutions = resolutions;
        this.views = views;
        this.journal = journal;
        this.timeLimits = timeLimits;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    public Page<WorkOrderRow> list(WorkOrderStatus status, Pageable pageable) {
        var actor = ServiceActor.current(scopes);
        var units = new HashSet<Long>();
        actor.scopes().forEach(s -> units.addAll(s.unitIds()));
        units.add(actor.unitId());
        var page = workOrders.visible(actor.seesAll(), units, actor.staffId(), status, pageable);
        return new PageImpl<>(views.workOrderRows(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','service.handle')")
    public WorkOrderDetails get(long id) {
        var actor = ServiceActor.current(scopes);
        var w = visible(id, actor);
        return views.workOrderDetails(w, matters.findById(w.getMatterId()).orElseThrow());
    }

    /** The caller takes the order for the department; when two take it at once, the second is told it is gone. */
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    public void take(long id, long version) {
        var actor = ServiceActor.current(scopes);
        var w = visible(id, actor);
        if (!actor.dispatch() && w.getUnitId() != actor.unitId()) {
            throw new AccessDeniedException("not a member of the department");
        }
        if (w.getVersion() != version) {
            throw new DomainException("servicedesk.workOrder.changedMeanwhile", w.getNumber());
        }
        var now = clock.instant();
        w.take(actor.staffId(), now);
        var m = matters.findById(w.getMatterId()).orElseThrow();
        if (m.getStatus().open()) {
            if (m.getHandlingStaffId() == null || m.getHandlingStaffId() != actor.staffId()) {
                m.assign(m.getHandlingUnitId(), m.getHandlingPositionId(), actor.staffId());
            }
            m.respond(now);
            m.scheduleNextAlert(timeLimits::escalationDue);
        }
        journal.record(m, "workOrderTaken", "workOrder=" + w.getNumber() + ", by=" + actor.username(), null, now);
        journal.audit("workOrder.take", "workOrder", w.getId(), null, "number=" + w.getNumber() + ", by=" + actor.username(), now);
        flush(w, m);
    }

    /** Work done on the order (a visit, materials, a note). */
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    public void recordWork(long id, String note) {
        var actor = ServiceActor.current(scopes);
        var w = visible(id, actor);
        requireHolder(w, actor);
        w.requireInProgress();
        var text = MatterManagement.required(note, "note", 2000);
        var now = clock.instant();
        entries.save(new WorkEntry(w.getId(), now, actor.username(), text));
        journal.audit("workOrder.work", "workOrder", w.getId(), null, "number=" + w.getNumber() + ", note=" + text, now);
    }

    /**
     * Returns the completion receipt (回单): the order is completed and the repair resolved (summary: the
     * work done), waiting for the customer's feedback or a return visit.
     */
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    public void complete(long id, ReceiptForm form) {
        var actor = ServiceActor.current(scopes);
        var w = visible(id, actor);
        requireHolder(w, actor);
        if (form.version() == null || w.getVersion() != form.version()) {
            throw new DomainException("servicedesk.workOrder.changedMeanwhile", w.getNumber());
        }
        var problems = new ArrayList<FieldViolation>();
        var done = MatterManagement.text(form.workDone(), "workDone", 2000, true, problems);
        var note = MatterManagement.text(form.note(), "note", 1000, false, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var now = clock.instant();
        w.complete(done, note, form.customerConfirmed(), now);
        var m = matters.findById(w.getMatterId()).orElseThrow();
        journal.audit("workOrder.complete", "workOrder", w.getId(), null, "number=" + w.getNumber() + ", workDone=" + done, now);
        if (m.getStatus().open()) {
            int round = m.resolve(now);
            resolutions.save(new Resolution(m, round, now, actor.username(), done, null, w.getUnitId(),
                    actor.staffId(), null, null, null, null));
            m.scheduleNextAlert(timeLimits::escalationDue);
            journal.record(m, "resolved", "round=" + round + ", workOrder=" + w.getNumber(), null, now);
            journal.publish(new MatterResolved(m.getId(), m.getNumber(), m.getType(), round, null, now));
        }
        journal.timeline(m.getCustomerId(), now, "work-order", w.getNumber() + " ✓", done, "work-order-" + w.getId() + "-done");
        journal.publish(new WorkOrderCompleted(w.getId(), w.getNumber(), m.getId(), w.getUnitId(), m.getCustomerId(), now));
        flush(w, m);
    }

    private WorkOrder visible(long id, ServiceActor actor) {
        var w = workOrders.findById(id).orElseThrow(() -> new NotFoundException("workOrder", id));
        if (actor.seesAll() || (w.getAssigneeStaffId() != null && w.getAssigneeStaffId() == actor.staffId())
                || w.getUnitId() == actor.unitId() || actor.scopes().stream().anyMatch(s -> s.unitIds().contains(w.getUnitId()))) {
            return w;
        }
        var m = matters.findById(w.getMatterId());
        if (m.isPresent() && actor.reaches(m.get())) {
            return w;
        }
        throw new NotFoundException("workOrder", id);
    }

    private static void requireHolder(WorkOrder w, ServiceActor actor) {
        if (!actor.dispatch() && (w.getAssigneeStaffId() == null || w.getAssigneeStaffId() != actor.staffId())) {
            throw new DomainException("servicedesk.workOrder.notHolder", w.getNumber());
        }
    }

    private void flush(WorkOrder w, Matter m) {
        try {
            workOrders.saveAndFlush(w);
            matters.saveAndFlush(m);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new DomainException("servicedesk.workOrder.changedMeanwhile", w.getNumber());
        }
    }
}
