package kehu.platform;

/**
 * The approvals engine (ORG-6) as other modules see it: they start an approval and learn the
 * outcome from an {@link ApprovalDecided} event (listen with {@code @ApplicationModuleListener} and
 * filter on the business type). Outcomes: APPROVED; REJECTED (an approver said no); TIMED_OUT (a
 * step's timeout action was REJECT — treat it as a rejection for lack of a decision); CANCELLED (the
 * applicant withdrew). Administrators configure the chain of each business type under
 * {@code /platform/approval-chains}; approvers decide in {@code /approvals/inbox}.
 */
public interface Approvals {

    /**
     * Starts an approval for a piece of business with the chain configured for its business type
     * (call it inside the transaction that saves the business record). When no active chain is
     * configured for the type the request is approved at once (and the event says so, after commit).
     *
     * @return the approval's id
     */
    long start(ApprovalRequest request);
}
