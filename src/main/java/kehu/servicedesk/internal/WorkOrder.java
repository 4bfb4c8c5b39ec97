package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.WorkOrderStatus;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A work order (维修工作单) of a department for a repair (SVC-2). ISSUED › IN_PROGRESS ({@link #take}: one
 * member holds it) › COMPLETED ({@link #complete}: the receipt, 回单); or CANCELLED when the repair moves
 * to another department.
 */
@Entity
@Table(name = "sd_work_order")
public class WorkOrder extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private long matterId;
    private long unitId;
    private Long assigneeStaffId;
    @Enumerated(EnumType.STRING)
    private WorkOrderStatus status;
    private Instant issuedAt;
    private Instant takenAt;
    private String workDone;
    private Instant completedAt;
    private String receiptNote;
    private Boolean customerConfirmed;
    private String cancelledReason;

    protected WorkOrder() {
    }

    public WorkOrder(String number, long matterId, long unitId, Long assigneeStaffId, Instant issuedAt) {
        this.number = number;
        this.matterId = matterId;
        this.unitId = unitId;
        this.assigneeStaffId = assigneeStaffId;
        this.issuedAt = issuedAt;
        this.status = WorkOrderStatus.ISSUED;
    }

    /** A member of the department takes the order; refused when another member holds it already. */
    public void take(long staffId, Instant now) {
        if (status == WorkOrderStatus.COMPLETED || status == WorkOrderStatus.CANCELLED) {
            throw new DomainException("servicedesk.workOrder.finished", number);
        }
        if (status == WorkOrderStatus.IN_PROGRESS && assigneeStaffId != null && assigneeStaffId != staffId) {
            throw new DomainException("servicedesk.workOrder.alreadyTaken", number);
        }
        assigneeStaffId = staffId;
        status = WorkOrderStatus.IN_PROGRESS;
        takenAt = takenAt == null ? now : takenAt;
    }

    public void requireInProgress() {
        if (status != WorkOrderStatus.IN_PROGRESS) {
            throw new DomainException("servicedesk.workOrder.notInProgress", number);
        }
    }

    /** Returns the completion receipt (回单). */
    public void complete(String workDone, String note, Boolean customerConfirmed, Instant now) {
        requireInProgress();
        this.workDone = workDone;
        this.receiptNote = note;
        this.customerConfirmed = customerConfirmed;
        this.completedAt = now;
        this.status = WorkOrderStatus.COMPLETED;
    }

    public void cancel(String reason) {
        if (status == WorkOrderStatus.COMPLETED || status == WorkOrderStatus.CANCELLED) {
            return;
        }
        status = WorkOrderStatus.CANCELLED;
        cancelledReason = reason;
    }

    public boolean isActive() {
        return status == WorkOrderStatus.ISSUED || status == WorkOrderStatus.IN_PROGRESS;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public long getMatterId() { return matterId; }
    public long getUnitId() { return unitId; }
    public Long getAssigneeStaffId() { return assigneeStaffId; }
    public WorkOrderStatus getStatus() { return status; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getTakenAt() { return takenAt; }
    public String getWorkDone() { return workDone; }
    public Instant getCompletedAt() { return completedAt; }
    public String getReceiptNote() { return receiptNote; }
    public Boolean getCustomerConfirmed() { return customerConfirmed; }
    public String getCancelledReason() { return cancelledReason; }
}
