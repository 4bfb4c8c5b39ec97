package kehu.servicedesk.internal;

import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.shared.AuditableAction;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies the outcome of a reply letter's approval (after the approval committed; delivered again after a
 * crash, it changes nothing the second time).
 */
@Component
class ReplyLetterApprovals {

    static final String BUSINESS_TYPE = "servicedesk.reply-letter";

    private final ReplyLetters letters;
    private final MatterLog log;
    private final ApplicationEventPublisher events;

    ReplyLetterApprovals(ReplyLetters letters, MatterLog log, ApplicationEventPublisher events) {
        this.letters = letters;
        this.log = log;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ApprovalDecided decided) {
        if (!BUSINESS_TYPE.equals(decided.businessType())) {
            return;
        }
        var letter = letters.findById(Long.valueOf(decided.businessKey())).orElse(null);
        if (letter == null) {
            return;
        }
        boolean approved = decided.outcome() == ApprovalOutcome.APPROVED;
        if (letter.decided(decided.approvalId(), approved, decided.at())) {
            log.save(new MatterLogRecord(letter.getMatterId(), decided.at(), PersistenceConfiguration.SYSTEM,
                    approved ? "letterApproved" : "letterRejected", "letter=" + letter.getId() + ", outcome="
                    + decided.outcome()));
            events.publishEvent(AuditableAction.of(approved ? "replyLetter.approved" : "replyLetter.rejected",
                    PersistenceConfiguration.SYSTEM, "replyLetter", letter.getId(), null,
                    "approval=" + decided.approvalId() + ", outcome=" + decided.outcome(), decided.at()));
        }
    }
}
