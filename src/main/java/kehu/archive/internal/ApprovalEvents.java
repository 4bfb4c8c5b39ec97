package kehu.archive.internal;

import kehu.archive.ArchiveLending;
import kehu.platform.ApprovalDecided;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Lending (ARC-7) and destruction (ARC-8) approvals ended: the loan or the destruction follows the outcome.
 * At-least-once delivery; both ignore repeats.
 */
@Component
class ApprovalEvents {

    static final String PREFIX = "archive.lend.";

    private final ArchiveLending lending;
    private final kehu.archive.ArchiveDisposition disposition;

    ApprovalEvents(ArchiveLending lending, kehu.archive.ArchiveDisposition disposition) {
        this.lending = lending;
        this.disposition = disposition;
    }

    @ApplicationModuleListener
    void on(ApprovalDecided event) {
        if (event.businessType() != null && event.businessType().startsWith(PREFIX)) {
            lending.decided(event);
        } else if (kehu.archive.ArchiveDisposition.BUSINESS_TYPE.equals(event.businessType())) {
            disposition.decided(event);
        }
    }
}
