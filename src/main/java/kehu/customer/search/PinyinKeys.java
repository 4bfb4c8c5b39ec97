package kehu.customer.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin keys a name is found under (CUS-7). A name is read as syllables — each Chinese character
 * one syllable with its readings (tone-less, ü written v), each run of Latin letters or digits one
 * syllable as written; other characters separate. From every syllable where a search may start, the
 * keys are:
 * <ul>
 *   <li>the full pinyin to the end: 张三丰 → {@code zhangsanfeng}, {@code sanfeng}, {@code feng};</li>
 *   <li>the initials to the end: {@code zsf}, {@code sf}, {@code f};</li>
 *   <li>mixed forms, initials then full pinyin ({@code zsfeng}, {@code zsanfeng}) and full pinyin then
 *       initials ({@code zhangsf}, {@code zhangsanf}).</li>
 * </ul>
 * The index cuts every key into its prefixes, so a query is found when it is the beginning of any key:
 * {@code zs}, {@code zhangs}, {@code zhang}, {@code zhangsan} all find 张三.
 *
 * <p>Polyphonic characters (曾 ceng/zeng, 单 dan/shan/chan) are read with every alternative, one
 * character at a time, up to {@value #MAX_READINGS} readings of the whole name; a surname's own reading
 * comes first when the name starts with one. Keys are capped at {@value #MAX_KEYS} per name and
 * {@value #MAX_KEY_LENGTH} letters each (the longest prefix the index keeps).
 */
final class PinyinKeys {

    static final int MAX_READINGS = 8;
    static final int MAX_KEYS = 96;
    static final int MAX_KEY_LENGTH = 20;
    static final int MAX_SYLLABLES = 24;

    /** Surnames whose reading differs from the character's first reading. */
    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('曾', "zeng"), Map.entry('单', "shan"), Map.entry('仇', "qiu"), Map.entry('朴', "piao"),
            Map.entry('解', "xie"), Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('乐', "yue"),
            Map.entry('重', "chong"), Map.entry('尉', "yu"), Map.entry('盖', "ge"), Map.entry('覃', "qin"),
            Map.entry('缪', "miao"), Map.entry('召', "shao"), Map.entry('折', "she"), Map.entry('翟', "zhai"),
            Map.entry('员', "yun"), Map.entry('万', "wan"), Map.entry('沈', "shen"), Map.entry('柏', "bai"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinKeys() {
    }

    /**
     * The keys of a name.
     *
     * @param all  every key, most useful first, at most {@value #MAX_KEYS}
     * @param head the keys that start at the name's first syllable (a search from the name's beginning)
     */
    record Keys(Set<String> all, Set<String> head) {
    }

    static Keys of(String name) {
        var readings = readings(syllables(name));
        var all = new LinkedHashSet<String>();
        var head = new LinkedHashSet<String>();
        if (readings.isEmpty()) {
            return new Keys(all, head);
        }
        // most useful first, as long names reach the cap: the usual reading from every start, its mixed
        // forms from the beginning, the other readings, then the remaining mixed forms
        var usual = readings.get(0);
        fullAndInitials(usual, all, head);
        mixed(usual, 0, all, head);
        for (var other : readings.subList(1, readings.size())) {
            fullAndInitials(other, all, head);
            mixed(other, 0, all, head);
        }
        for (var reading : readings) {
            for (int start = 1; start < reading.size(); start++) {
                mixed(reading, start, all, head);
            }
        }
        return new Keys(all, head);
    }

    private static void fullAndInitials(List<String> reading, Set<String> all, Set<String> head) {
        for (int start = 0; start < reading.size(); start++) {
            add(all, full(reading, start, reading.size()));
            add(all, initials(reading, start, reading.size()));
        }
        add(head, full(reading, 0, reading.size()));
        add(head, initials(reading, 0, reading.size()));
    }

    /** Initials then full pinyin, and full pinyin then initials, of the syllables from {@code start}. */
    private static void mixed(List<String> reading, int start, Set<String> all, Set<String> head) {
        for (int split = start + 1; split < reading.size(); split++) {
            var initialsFirst = initials(reading, start, split) + full(reading, split, reading.size());
            var fullFirst = full(reading, start, split) + initials(reading, split, reading.size());
            add(all, initialsFirst);
            add(all, fullFirst);
            if (start == 0) {
                add(head, initialsFirst);
                add(head, fullFirst);
            }
        }
    }

    /**
     * A key to sort names by: the first reading's syllables separated by spaces, then the name, so
     * 李四 (li si) comes before 林 (lin) and names sort the way a Chinese reader expects.
     */
    static String sortKey(String name) {
        var folded = SearchText.fold(name);
        if (folded == null) {
            return null;
        }
        var first = readings(syllables(folded));
        var pinyin = first.isEmpty() ? "" : String.join(" ", first.get(0));
        return SearchText.truncate(pinyin + " | " + folded, 120);
    }

    private static void add(Set<String> keys, String key) {
        if (keys.size() < MAX_KEYS && !key.isEmpty()) {
            keys.add(key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key);
        }
    }

    private static String full(List<String> reading, int from, int to) {
        var out = new StringBuilder();
        for (int i = from; i < to && out.length() < MAX_KEY_LENGTH; i++) {
            out.append(reading.get(i));
        }
        return out.toString();
    }

    private static String initials(List<String> reading, int from, int to) {
        var out = new StringBuilder();
        for (int i = from; i < to && out.length() < MAX_KEY_LENGTH; i++) {
            out.append(reading.get(i).charAt(0));
        }
        return out.toString();
    }

    /**
     * The readings of the whole name: first each syllable's first reading, then one alternative at a
     * time, at most {@value #MAX_READINGS}.
     */
    private static List<List<String>> readings(List<List<String>> syllables) {
        var result = new ArrayList<List<String>>();
        if (syllables.isEmpty()) {
            return result;
        }
        var first = syllables.stream().map(s -> s.get(0)).toList();
        result.add(first);
        for (int i = 0; i < syllables.size() && result.size() < MAX_READINGS; i++) {
            var alternatives = syllables.get(i);
            for (int a = 1; a < alternatives.size() && result.size() < MAX_READINGS; a++) {
                var other = new ArrayList<>(first);
                other.set(i, alternatives.get(a));
                result.add(other);
            }
        }
        return result;
    }

    /** The name's syllables, each the list of its readings (first the usual one). */
    static List<List<String>> syllables(String name) {
        var folded = SearchText.fold(name);
        var result = new ArrayList<List<String>>();
        if (folded == null) {
            return result;
        }
        var run = new StringBuilder();
        int[] codePoints = folded.codePoints().toArray();
        for (int i = 0; i < codePoints.length && result.size() < MAX_SYLLABLES; i++) {
            int c = codePoints[i];
            if (c < 0x80 && (SearchText.isLatinLetter(c) || SearchText.isDigit(c))) {
                run.appendCodePoint(c);
                continue;
            }
            if (!run.isEmpty()) {
                result.add(List.of(run.toString()));
                run.setLength(0);
            }
            if (SearchText.isHan(c) && Character.isBmpCodePoint(c)) {
                var readings = readingsOf((char) c, result.isEmpty());
                if (!readings.isEmpty()) {
                    result.add(readings);
                }
            }
        }
        if (!run.isEmpty() && result.size() < MAX_SYLLABLES) {
            result.add(List.of(run.toString()));
        }
        return result;
    }

    private static List<String> readingsOf(char c, boolean firstOfName) {
        String[] found;
        try {
            found = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        var readings = new LinkedHashSet<String>();
        if (firstOfName && SURNAMES.containsKey(c)) {
            readings.add(SURNAMES.get(c));
        }
        if (found != null) {
            for (var r : found) {
                if (!r.isEmpty()) {
                    readings.add(r);
                }
            }
            // ü is typed v by most people and u by some (lü → lv, lu)
            for (var r : List.copyOf(readings)) {
                if (r.indexOf('v') >= 0) {
                    readings.add(r.replace('v', 'u'));
                }
            }
        }
        return List.copyOf(readings);
    }
}
