package kehu.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import kehu.survey.ItemKind;
import kehu.survey.ItemResult;
import kehu.survey.QuestionItem;

import org.junit.jupiter.api.Test;

/** Per-item aggregation from counted values. */
class ItemAggregationTests {

    static QuestionItem item(ItemKind kind, String... options) {
        return new QuestionItem(1, 1, kind, "题目", true, List.of(options));
    }

    @Test
    void npsIsThePercentOfPromotersMinusThePercentOfDetractors() {
        // 5 promoters (9, 10), 2 passives (7, 8), 3 detractors (0-6) of 10: 50% - 30% = 20
        var r = ItemAggregation.of(item(ItemKind.NPS), Map.of("10", 3L, "9", 2L, "8", 1L, "7", 1L, "6", 2L, "0", 1L));
        assertThat(r.answered()).isEqualTo(10);
        assertThat(r.nps()).isEqualTo(20.0);
        assertThat(r.promoters()).isEqualTo(5);
        assertThat(r.passives()).isEqualTo(2);
        assertThat(r.detractors()).isEqualTo(3);
        assertThat(r.distribution()).hasSize(11).extracting(ItemResult.Share::label).startsWith("0", "1").endsWith("10");
    }

    @Test
    void aScaleHasItsMeanAndNoNpsFigures() {
        var r = ItemAggregation.of(item(ItemKind.SCALE), Map.of("5", 2L, "4", 1L));
        assertThat(r.mean()).isEqualTo(4.67);
        assertThat(r.nps()).isNull();
        assertThat(r.promoters()).isZero();
        assertThat(r.distribution()).extracting(ItemResult.Share::count).containsExactly(0L, 0L, 0L, 1L, 2L);
    }

    @Test
    void aMultipleChoiceCountsEachChosenOptionAgainstTheRespondents() {
        var r = ItemAggregation.of(item(ItemKind.MULTIPLE_CHOICE, "速度", "态度", "质量"),
                Map.of("速度\n态度", 2L, "态度", 1L, "质量", 1L));
        assertThat(r.answered()).isEqualTo(4);
        assertThat(r.distribution()).extracting(ItemResult.Share::label, ItemResult.Share::count, ItemResult.Share::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("速度", 2L, 50.0),
                        org.assertj.core.groups.Tuple.tuple("态度", 3L, 75.0),
                        org.assertj.core.groups.Tuple.tuple("质量", 1L, 25.0));
    }

    @Test
    void yesNoGivesTheYesRateAndNothingAnsweredGivesNoFigures() {
        assertThat(ItemAggregation.of(item(ItemKind.YES_NO), Map.of("1", 2L, "0", 1L)).yesRate()).isEqualTo(66.7);
        var none = ItemAggregation.of(item(ItemKind.SCALE), Map.of());
        assertThat(none.answered()).isZero();
        assertThat(none.mean()).isNull();
        assertThat(none.distribution()).allSatisfy(s -> assertThat(s.percent()).isZero());
    }
}
