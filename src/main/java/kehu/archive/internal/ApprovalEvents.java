package kehu.archive.internal;

import kehu.archive.ArchiveLending;
import kehu.platform.ApprovalDecided;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Lending approvals (ARC-7) ended: the loan follows the outcome. At-least-once delivery; the loan ignores repeats. */
@Component
class ApprovalEvents {

    static final String PREFIX = "archive.lend.";

    private final ArchiveLending lending;

    ApprovalEvents(ArchiveLending lending) {
        this.lending = lending;
    }

    @ApplicationModuleListener
    void on(ApprovalDecided event) {
        if (event.businessType() != null && event.businessType().startsWith(PREFIX)) {
            lending.decided(event);
        }
    }
}
