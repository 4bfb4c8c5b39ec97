package kehu.survey;

import java.util.List;

/**
 * The aggregated answers to one item of a campaign (SUR-2). Which parts are filled depends on the kind:
 * SCALE: {@code mean} and the distribution of 1–5; YES_NO: {@code yesRate} (percent) and the distribution of
 * yes/no; choices: the distribution of the options (percent of respondents who answered the item; a multiple
 * choice adds up to more than 100); NPS: {@code nps} = % promoters (9–10) − % detractors (0–6), the counts and
 * the distribution of 0–10; TEXT: the latest texts.
 *
 * @param answered how many responses answered the item
 */
public record ItemResult(QuestionItem item, long answered, Double mean, Double yesRate, Double nps, long promoters,
                         long passives, long detractors, List<Share> distribution, List<TextAnswer> texts) {

    /** One value or option: how often it was given and its share in percent. */
    public record Share(String label, long count, double percent) {
    }

    public record TextAnswer(String text, boolean flagged) {
    }
}
