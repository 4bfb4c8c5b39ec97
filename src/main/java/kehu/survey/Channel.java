package kehu.survey;

/** How a campaign reaches the customers: by phone, SMS, a visit or an online link. */
public enum Channel {
    PHONE, SMS, VISIT, ONLINE;

    /** Whether answering means someone talked to the customer, which counts as a follow-up of the customer. */
    public boolean personalContact() {
        return this == PHONE || this == VISIT;
    }
}
