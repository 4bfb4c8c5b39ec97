package kehu.survey;

/**
 * A campaign's state: DRAFT —submit→ PENDING_APPROVAL —approved→ APPROVED —start→ RUNNING —close→ CLOSED;
 * PENDING_APPROVAL —rejected, timed out or withdrawn→ REJECTED —revise→ DRAFT.
 */
public enum CampaignStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, RUNNING, CLOSED;

    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
