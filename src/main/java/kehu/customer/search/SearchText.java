package kehu.customer.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How text is folded before it goes into the index and before a query is compared with it, so both
 * sides agree: full-width characters made half-width (NFKC), Latin letters lower-cased, surrounding
 * space removed. The analysers of {@link ChineseAnalysis} only cut the folded text into pieces.
 */
final class SearchText {

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /** The digits of a value (a phone number with its dashes), or an empty string. */
    static String digits(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c >= '0' && c <= '9').forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isLatinLetter(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z';
    }

    static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    /** The first {@code max} characters (code points) of a text. */
    static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
