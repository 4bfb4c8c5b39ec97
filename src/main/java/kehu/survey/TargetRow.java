package kehu.survey;

/** A customer of a campaign's target group and whether they answered. */
public record TargetRow(long customerId, String customerName, Long answerSetId, boolean followUp) {

    public boolean answered() {
        return answerSetId != null;
    }
}
