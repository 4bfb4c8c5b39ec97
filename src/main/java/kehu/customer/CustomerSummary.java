package kehu.customer;

/**
 * What other modules may know about any customer without a data scope: enough to label and route, and
 * whether the customer is a VIP (the service desk samples VIP return visits, SVC-5).
 */
public record CustomerSummary(long id, CustomerKind kind, String name, CustomerStatus status, Long ownerStaffId,
                              Long ownerUnitId, String areaCode, boolean vip, String industryCode) {
}
