package kehu.survey;

import java.time.Instant;
import java.time.LocalDate;

import kehu.customer.AbcClass;
import kehu.customer.ValueClass;

/** One campaign: its plan, state, approval and progress. */
public record CampaignDetails(long id, String title, String purpose, Questionnaire questionnaire, Channel channel,
                              LocalDate startsOn, LocalDate endsOn, TargetMode targetMode, AbcClass abcClass,
                              ValueClass valueClass, Integer sampleSize, Long sampleSeed, long plannerStaffId,
                              String plannerName, CampaignStatus status, Long approvalId, Instant decidedAt,
                              Instant startedAt, Instant closedAt, int targetCount, long responseCount,
                              long followUpCount, long version) {

    public CampaignForm toForm() {
        return new CampaignForm(title, purpose, questionnaire.versionId(), channel, startsOn, endsOn, targetMode, abcClass,
                valueClass, sampleSize);
    }
}
