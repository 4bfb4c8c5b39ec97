package kehu.survey;

import java.time.LocalDate;

/** A campaign in the list, with its response count. */
public record CampaignRow(long id, String title, Channel channel, LocalDate startsOn, LocalDate endsOn,
                          CampaignStatus status, String templateName, int templateVersionNo, int targetCount,
                          long responseCount, String plannerName) {

    /** Responses per target, in percent (0 when there are no targets yet). */
    public double responseRate() {
        return targetCount == 0 ? 0 : 100.0 * responseCount / targetCount;
    }
}
