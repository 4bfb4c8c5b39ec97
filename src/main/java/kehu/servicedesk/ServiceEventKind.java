package kehu.servicedesk;

/** A business moment recorded elsewhere (sales, deliveries, installations) that calls for a return visit. */
public enum ServiceEventKind {
    SALE, DELIVERY, INSTALLATION
}
