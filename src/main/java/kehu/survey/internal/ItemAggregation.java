package kehu.survey.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import kehu.survey.ItemKind;
import kehu.survey.ItemResult;
import kehu.survey.QuestionItem;

/** Aggregates the answers to one item (see {@link ItemResult} for what each kind gets). */
public final class ItemAggregation {

    static final int MAX_TEXTS = 50;

    private ItemAggregation() {
    }

    /** @param answers the answers to this item, newest last */
    public static ItemResult of(QuestionItem item, List<Answer> answers) {
        long n = answers.size();
        Double mean = null;
        Double yesRate = null;
        Double nps = null;
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        var counts = new LinkedHashMap<String, Long>();
        var texts = new ArrayList<ItemResult.TextAnswer>();
        switch (item.kind()) {
            case SCALE, NPS -> {
                for (int v = item.kind().min(); v <= item.kind().max(); v++) {
                    counts.put(String.valueOf(v), 0L);
                }
                long sum = 0;
                for (var a : answers) {
                    int score = a.getScore();
                    sum += score;
                    counts.merge(String.valueOf(score), 1L, Long::sum);
                    if (item.kind() == ItemKind.NPS) {
                        if (score >= 9) {
                            promoters++;
                        } else if (score >= 7) {
                            passives++;
                        } else {
                            detractors++;
                        }
                    }
                }
                if (n > 0) {
                    mean = BigDecimal.valueOf((double) sum / n).setScale(2, RoundingMode.HALF_UP).doubleValue();
                    if (item.kind() == ItemKind.NPS) {
                        nps = round(100.0 * (promoters - detractors) / n);
                    }
                }
            }
            case YES_NO -> {
                counts.put("yes", 0L);
                counts.put("no", 0L);
                answers.forEach(a -> counts.merge(a.getScore() == 1 ? "yes" : "no", 1L, Long::sum));
                if (n > 0) {
                    yesRate = round(100.0 * counts.get("yes") / n);
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                item.options().forEach(o -> counts.put(o, 0L));
                answers.forEach(a -> a.choiceList().forEach(o -> counts.merge(o, 1L, Long::sum)));
            }
            case TEXT -> {
                for (int i = answers.size() - 1; i >= 0 && texts.size() < MAX_TEXTS; i--) {
                    texts.add(new ItemResult.TextAnswer(answers.get(i).getTextValue(), answers.get(i).isFlagged()));
                }
            }
            default -> throw new IllegalStateException(item.kind().name());
        }
        var distribution = counts.entrySet().stream()
                .map(e -> new ItemResult.Share(e.getKey(), e.getValue(), n == 0 ? 0 : round(100.0 * e.getValue() / n)))
                .toList();
        return new ItemResult(item, n, mean, yesRate, nps, promoters, passives, detractors, distribution, texts);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
