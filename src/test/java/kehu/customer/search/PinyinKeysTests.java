package kehu.customer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PinyinKeysTests {

    /** What the index does with a key: every beginning of it is a term. */
    private static boolean found(String name, String query) {
        return PinyinKeys.of(name).all().stream().anyMatch(k -> k.startsWith(query));
    }

    @Test
    void findsANameByInitialsFullPinyinAndMixedForms() {
        for (var query : List.of("zs", "z", "zhang", "zhangs", "zhangsa", "zhangsan", "zsan", "san", "s")) {
            assertThat(found("张三", query)).as(query).isTrue();
        }
        for (var query : List.of("ls", "zhangshan", "zsi", "sanz")) {
            assertThat(found("张三", query)).as(query).isFalse();
        }
    }

    @Test
    void findsAPartOfALongerNameFromAnySyllable() {
        assertThat(found("北京华为科技有限公司", "huawei")).isTrue();
        assertThat(found("北京华为科技有限公司", "hwkj")).isTrue();
        assertThat(found("北京华为科技有限公司", "bjhuawei")).isTrue();
        assertThat(found("北京华为科技有限公司", "beijinghw")).isTrue();
        assertThat(found("张三丰", "zsfeng")).isTrue();
        assertThat(found("张三丰", "zhangsf")).isTrue();
    }

    @Test
    void readsPolyphonicCharactersEveryWayAndSurnamesTheSurnameWay() {
        assertThat(found("曾小明", "zxm")).isTrue();
        assertThat(found("曾小明", "cengxiao")).isTrue();
        assertThat(found("单田芳", "shantianfang")).isTrue();
        assertThat(found("单田芳", "dtf")).isTrue();
        assertThat(PinyinKeys.sortKey("曾小明")).startsWith("zeng xiao ming");
    }

    @Test
    void writesUmlautAsVOrU() {
        assertThat(found("吕布", "lvbu")).isTrue();
        assertThat(found("吕布", "lubu")).isTrue();
    }

    @Test
    void keepsLatinLettersAndDigitsAsSyllables() {
        assertThat(PinyinKeys.syllables("ABC科技2号")).containsExactly(List.of("abc"), List.of("ke"), List.of("ji"),
                List.of("2"), List.of("hao"));
        assertThat(found("ABC科技", "abckj")).isTrue();
        assertThat(found("ABC科技", "keji")).isTrue();
    }

    @Test
    void capsTheKeysOfLongNames() {
        var keys = PinyinKeys.of("中华人民共和国国家发展和改革委员会直属机关服务中心第一分部");
        assertThat(keys.all()).hasSizeLessThanOrEqualTo(PinyinKeys.MAX_KEYS);
        assertThat(keys.all()).allMatch(k -> k.length() <= PinyinKeys.MAX_KEY_LENGTH);
        var name = "中华人民共和国国家发展和改革委员会直属机关服务中心第一分部";
        assertThat(found(name, "zhonghuarenmingonghe")).isTrue();
        assertThat(found(name, "zhrmghggjfzhggwyhzsj")).isTrue();
        assertThat(found(name, "fuwuzhong")).isTrue();
        assertThat(found(name, "zhrmgheguo")).isTrue();
    }

    @Test
    void headKeysStartAtTheFirstSyllable() {
        assertThat(PinyinKeys.of("张三").head()).containsExactlyInAnyOrder("zhangsan", "zs", "zsan", "zhangs");
        assertThat(PinyinKeys.of("").all()).isEmpty();
        assertThat(PinyinKeys.of("（）").all()).isEqualTo(Set.of());
    }

    @Test
    void sortsByPinyinSyllables() {
        assertThat(PinyinKeys.sortKey("李四")).isLessThan(PinyinKeys.sortKey("林一"));
        assertThat(PinyinKeys.sortKey("阿里")).isLessThan(PinyinKeys.sortKey("张三"));
    }
}
