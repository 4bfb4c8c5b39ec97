package kehu.customer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The normalised form of a customer name used to compare names (CUS-4) and stored next to the name:
 * full-width characters made half-width (NFKC), Chinese and Latin brackets made one kind, spaces and
 * the middle dot dropped, Latin letters lower-cased, and a common company-form suffix
 * (有限责任公司, 股份有限公司, 有限公司, 集团有限公司, 公司, Co., Ltd. …) removed from the end.
 * {@code 北京 （海淀）科技有限公司} and {@code 北京(海淀)科技} normalise alike.
 */
public final class CustomerNames {

    private static final List<String> SUFFIXES = List.of(
            "集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司",
            "股份公司", "总公司", "分公司", "公司", "co.,ltd.", "co.,ltd", "co.ltd.", "co.ltd", "ltd.", "ltd",
            "inc.", "inc");

    private CustomerNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        var s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('【', '(').replace('】', ')').replace('〔', '(').replace('〕', ')')
                .replace('[', '(').replace(']', ')').replace('{', '(').replace('}', ')');
        s = s.replaceAll("[\\s\\u00B7\\u30FB]+", "");
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length() && !SUFFIXES.contains(s)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
