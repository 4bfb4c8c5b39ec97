package kehu.servicedesk.internal;

import java.time.Instant;
import java.util.Objects;

import kehu.organization.OrganizationDirectory;
import kehu.servicedesk.Assignee;
import kehu.servicedesk.MatterTransferred;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.TransferKind;
import kehu.servicedesk.WorkOrderIssued;
import kehu.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Sends a matter to a department, post or person (SVC-2) and writes down from, to and why. A target
 * nobody could work on is refused: a department without enabled members, a post nobody in the
 * department holds, a disabled person. A repair sent to a department becomes a work order for it (an
 * open work order of the department it leaves is cancelled).
 */
@Component
public class Dispatching {

    private final OrganizationDirectory directory;
    private final Transfers transfers;
    private final WorkOrders workOrders;
    private final MatterNumbers numbers;
    private final MatterJournal journal;

    Dispatching(OrganizationDirectory directory, Transfers transfers, WorkOrders workOrders, MatterNumbers numbers,
                MatterJournal journal) {
        this.directory = directory;
        this.transfers = transfers;
        this.workOrders = workOrders;
        this.numbers = numbers;
        this.journal = journal;
    }

    /** The target made complete (a person's department filled in) and checked; refused with a clear message otherwise. */
    public Assignee check(Assignee to) {
        if (to == null || (to.unitId() == null && to.staffId() == null)) {
            throw DomainException.invalid("unitId", "servicedesk.transfer.targetRequired");
        }
        Long unitId = to.unitId();
        if (to.staffId() != null) {
            var person = directory.staff(to.staffId())
                    .orElseThrow(() -> DomainException.invalid("staffId", "servicedesk.transfer.unknownStaff"));
            if (!person.enabled()) {
                throw DomainException.invalid("staffId", "servicedesk.transfer.staffDisabled", person.fullName());
            }
            if (unitId != null && !unitId.equals(person.unitId())) {
                throw DomainException.invalid("staffId", "servicedesk.transfer.staffNotInUnit", person.fullName());
            }
            unitId = person.unitId();
        }
        var unit = directory.unit(unitId)
                .orElseThrow(() -> DomainException.invalid("unitId", "servicedesk.transfer.unknownUnit"));
        if (!unit.active()) {
            throw DomainException.invalid("unitId", "servicedesk.transfer.unitInactive", unit.name());
        }
        var members = directory.membersOf(unit.id());
        if (members.isEmpty()) {
            throw DomainException.invalid("unitId", "servicedesk.transfer.noMembers", unit.name());
        }
        if (to.positionId() != null) {
            var post = directory.position(to.positionId())
                    .orElseThrow(() -> DomainException.invalid("positionId", "servicedesk.transfer.unknownPosition"));
            final long u = unit.id();
            if (directory.holdersOf(post.id()).stream().noneMatch(s -> s.unitId() == u)) {
                throw DomainException.invalid("positionId", "servicedesk.transfer.noHolders", unit.name(), post.name());
            }
        }
        return new Assignee(unit.id(), to.positionId(), to.staffId());
    }

    /** Sends the matter (target already {@link #check checked}) and records it. */
    public void send(Matter m, Assignee to, TransferKind kind, String reason, Long byStaffId, Instant now) {
        if (Objects.equals(m.getHandlingUnitId(), to.unitId()) && Objects.equals(m.getHandlingPositionId(), to.positionId())
                && Objects.equals(m.getHandlingStaffId(), to.staffId()) && kind == TransferKind.TRANSFER) {
            throw DomainException.invalid("unitId", "servicedesk.transfer.sameTarget");
        }
        var fromUnit = m.getHandlingUnitId();
        transfers.save(new TransferRecord(m.getId(), kind, now, byStaffId, fromUnit, m.getHandlingPositionId(),
                m.getHandlingStaffId(), to.unitId(), to.positionId(), to.staffId(), reason));
        m.assign(to.unitId(), to.positionId(), to.staffId());
        journal.record(m, kind == TransferKind.ROUTED ? "routed" : "transferred",
                "to=" + targetName(to) + ", reason=" + reason, null, now);
        journal.publish(new MatterTransferred(m.getId(), m.getNumber(), kind, to.unitId(), to.positionId(), to.staffId(),
                reason, now));
        if (m.getType() == MatterType.REPAIR) {
            boolean sameUnit = false;
            for (var w : workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(m.getId())) {
                if (w.isActive()) {
                    if (w.getUnitId() == to.unitId()) {
                        sameUnit = true;
                    } else {
                        w.cancel(reason);
                        journal.audit("workOrder.cancel", "workOrder", w.getId(), null, "number=" + w.getNumber()
                                + ", reason=" + reason, now);
                    }
                }
            }
            if (!sameUnit) {
                issue(m, to, now);
            }
        }
    }

    private String targetName(Assignee to) {
        var parts = new java.util.ArrayList<String>();
        directory.unit(to.unitId()).ifPresent(u -> parts.add(u.name()));
        if (to.positionId() != null) {
            directory.position(to.positionId()).ifPresent(p -> parts.add(p.name()));
        }
        if (to.staffId() != null) {
            directory.staff(to.staffId()).ifPresent(p -> parts.add(p.fullName()));
        }
        return String.join("/", parts);
    }

    private void issue(Matter m, Assignee to, Instant now) {
        var w = workOrders.save(new WorkOrder(numbers.next("WX", now), m.getId(), to.unitId(), to.staffId(), now));
        if (to.staffId() != null) {
            w.take(to.staffId(), now);
        }
        journal.record(m, "workOrderIssued", "workOrder=" + w.getNumber() + ", unit=" + to.unitId(), null, now);
        journal.audit("workOrder.issue", "workOrder", w.getId(), null, "number=" + w.getNumber() + ", matter="
                + m.getNumber() + ", unit=" + to.unitId(), now);
        journal.timeline(m.getCustomerId(), now, "work-order", w.getNumber() + " " + m.getSubject(),
                directory.unit(to.unitId()).map(u -> u.name()).orElse(null), "work-order-" + w.getId());
        journal.publish(new WorkOrderIssued(w.getId(), w.getNumber(), m.getId(), to.unitId(), now));
    }
}
