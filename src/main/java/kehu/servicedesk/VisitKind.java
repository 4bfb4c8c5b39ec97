package kehu.servicedesk;

/**
 * Why a return visit (回访) is made (SVC-5): after a matter was handled, three days after a repair (3DC),
 * seven days after a sale or delivery (7DC), after an installation, or as a sample of earlier visits drawn by
 * the supervisor (level 2) or the general manager's office (level 3), or periodically (monthly, yearly) by the
 * customer's manager.
 */
public enum VisitKind {
    AFTER_SERVICE, REPAIR_3DC, SALE_7DC, INSTALLATION, SAMPLE, PERIODIC
}
