package kehu.survey;

import java.util.List;

/** A campaign's results: response counts and one {@link ItemResult} per questionnaire item, in order. */
public record CampaignAnalysis(CampaignDetails campaign, long responses, double responseRate, long followUps,
                               List<ItemResult> items) {
}
