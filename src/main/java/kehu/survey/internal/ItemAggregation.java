package kehu.survey.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kehu.survey.ItemKind;
import kehu.survey.ItemResult;
import kehu.survey.QuestionItem;
import kehu.survey.Questionnaire;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Aggregates a campaign's answers per item (see {@link ItemResult} for what each kind gets). The counting is
 * done by the database (grouped by item and value), so a campaign of any size is read in a few queries.
 */
@Component
public class ItemAggregation {

    static final int MAX_TEXTS = 50;

    private final AnswerSets answerSets;

    ItemAggregation(AnswerSets answerSets) {
        this.answerSets = answerSets;
    }

    public List<ItemResult> of(long campaignId, Questionnaire questionnaire) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (var row : answerSets.scoreCounts(campaignId)) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge(String.valueOf(row[1]), (Long) row[2], Long::sum);
        }
        for (var row : answerSets.choiceCounts(campaignId)) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge((String) row[1], (Long) row[2], Long::sum);
        }
        Map<Long, Long> textCounts = new HashMap<>();
        answerSets.textCounts(campaignId).forEach(row -> textCounts.put((Long) row[0], (Long) row[1]));
        var results = new ArrayList<ItemResult>();
        for (var item : questionnaire.items()) {
            if (item.kind() == ItemKind.TEXT) {
                var texts = answerSets.latestTexts(campaignId, item.id(), PageRequest.of(0, MAX_TEXTS)).stream()
                        .map(a -> new ItemResult.TextAnswer(a.getTextValue(), a.isFlagged())).toList();
                results.add(texts(item, textCounts.getOrDefault(item.id(), 0L), texts));
            } else {
                results.add(of(item, counts.getOrDefault(item.id(), Map.of())));
            }
        }
        return results;
    }

    static ItemResult texts(QuestionItem item, long answered, List<ItemResult.TextAnswer> latest) {
        return new ItemResult(item, answered, null, null, null, 0, 0, 0, List.of(), latest);
    }

    /**
     * @param valueCounts how often each stored value was given: the score as digits (yes/no as 1/0), or the chosen
     *                    options joined by line breaks (a multiple choice counts towards each of its options)
     */
    static ItemResult of(QuestionItem item, Map<String, Long> valueCounts) {
        long n = valueCounts.values().stream().mapToLong(Long::longValue).sum();
        Double mean = null;
        Double yesRate = null;
        Double nps = null;
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        var counts = new LinkedHashMap<String, Long>();
        switch (item.kind()) {
            case SCALE, NPS -> {
                for (int v = item.kind().min(); v <= item.kind().max(); v++) {
                    counts.put(String.valueOf(v), 0L);
                }
                long sum = 0;
                for (var e : valueCounts.entrySet()) {
                    int score = Integer.parseInt(e.getKey());
                    long count = e.getValue();
                    sum += score * count;
                    counts.merge(e.getKey(), count, Long::sum);
                    if (score >= 9) {
                        promoters += count;
                    } else if (score >= 7) {
                        passives += count;
                    } else {
                        detractors += count;
                    }
                }
                if (n > 0) {
                    mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).doubleValue();
                    if (item.kind() == ItemKind.NPS) {
                        nps = percent(promoters - detractors, n);
                    }
                }
                if (item.kind() != ItemKind.NPS) {
                    promoters = 0;
                    passives = 0;
                    detractors = 0;
                }
            }
            case YES_NO -> {
                counts.put("yes", valueCounts.getOrDefault("1", 0L));
                counts.put("no", valueCounts.getOrDefault("0", 0L));
                if (n > 0) {
                    yesRate = percent(counts.get("yes"), n);
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                item.options().forEach(o -> counts.put(o, 0L));
                valueCounts.forEach((choices, count) -> Arrays.stream(choices.split("\n"))
                        .forEach(o -> counts.merge(o, count, Long::sum)));
            }
            default -> throw new IllegalStateException(item.kind().name());
        }
        long answered = n;
        var distribution = counts.entrySet().stream()
                .map(e -> new ItemResult.Share(e.getKey(), e.getValue(), answered == 0 ? 0 : percent(e.getValue(), answered)))
                .toList();
        return new ItemResult(item, n, mean, yesRate, nps, promoters, passives, detractors, distribution, List.of());
    }

    /** part / whole in percent, one decimal. */
    static double percent(long part, long whole) {
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
