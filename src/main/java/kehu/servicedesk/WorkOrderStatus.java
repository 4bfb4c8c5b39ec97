package kehu.servicedesk;

/** ISSUED to a department › IN_PROGRESS (a member took it) › COMPLETED (receipt returned); or CANCELLED. */
public enum WorkOrderStatus {
    ISSUED, IN_PROGRESS, COMPLETED, CANCELLED
}
