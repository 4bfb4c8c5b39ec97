package kehu.customer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The search box's text cut into terms (separated by spaces; every term must match), each with what it
 * looks like, which decides where it is looked for:
 * <ul>
 *   <li>{@link Kind#DIGITS} (digits, perhaps with the dashes, brackets and spaces of a phone number):
 *       phone fragment, last four digits, the beginning of an ID number — and names and values;</li>
 *   <li>{@link Kind#ID} (an 18-character ID number ending in X or a credit code, a 15-digit old ID
 *       number): the ID number — and names and values;</li>
 *   <li>{@link Kind#LATIN} (letters only): pinyin — and names, tags and values written in Latin;</li>
 *   <li>{@link Kind#CHINESE} (holds a Chinese character): any part of the name, tags and values;</li>
 *   <li>{@link Kind#MIXED} (anything else, e.g. letters and digits): everywhere.</li>
 * </ul>
 */
record BoxQuery(List<Term> terms) {

    static final int MAX_TERMS = 8;

    enum Kind { DIGITS, ID, LATIN, CHINESE, MIXED }

    /** One term, folded ({@link SearchText#fold}); {@code digits} are its digits for a DIGITS term. */
    record Term(String text, Kind kind, String digits) {
    }

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9()\\-]*");
    private static final Pattern ID_LIKE = Pattern.compile("[0-9]{17}[0-9x]|[0-9]{15}|[0-9a-z]{18}");
    private static final Pattern LATIN = Pattern.compile("[a-z']+");

    static BoxQuery parse(String text) {
        var terms = new ArrayList<Term>();
        var folded = SearchText.fold(text);
        if (folded == null || folded.isEmpty()) {
            return new BoxQuery(terms);
        }
        // a phone number typed with spaces ("138 0013 8000") is one term
        var compact = folded.replaceAll("[\\s\\-()]+", "");
        if (compact.matches("\\+?[0-9]{5,16}") && folded.matches("[0-9\\s\\-()+]+")) {
            terms.add(term(compact));
            return new BoxQuery(terms);
        }
        for (var part : folded.split("\\s+")) {
            if (!part.isEmpty() && terms.size() < MAX_TERMS) {
                terms.add(term(part));
            }
        }
        return new BoxQuery(terms);
    }

    private static Term term(String part) {
        if (ID_LIKE.matcher(part).matches() && part.chars().anyMatch(Character::isLetter)
                || part.length() == 15 && part.chars().allMatch(SearchText::isDigit)
                || part.length() == 18 && part.chars().allMatch(SearchText::isDigit)) {
            return new Term(part, Kind.ID, SearchText.digits(part));
        }
        if (PHONE_LIKE.matcher(part).matches()) {
            var digits = SearchText.digits(part);
            if (part.startsWith("+86") && digits.length() > 11) {
                digits = digits.substring(2);
            }
            return new Term(part, Kind.DIGITS, digits);
        }
        if (LATIN.matcher(part).matches()) {
            return new Term(part.replace("'", ""), Kind.LATIN, "");
        }
        if (part.codePoints().anyMatch(SearchText::isHan)) {
            return new Term(part, Kind.CHINESE, "");
        }
        return new Term(part, Kind.MIXED, SearchText.digits(part));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }
}
