package kehu.customer.transfer;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of the first worksheet of an xlsx workbook, streamed with the JDK's StAX parser straight
 * from the zip entry: the workbook is never loaded, every cell is cut after
 * {@link ImportLimits#MAX_CELL} characters while it is read (text arrives in pieces, so a 10 MB cell
 * never sits in memory), and the shared-string table is kept as packed characters with a hard limit.
 * Numbers come as plain decimals ({@code 13812345678}, not {@code 1.38E10}), cells with a date format
 * as ISO dates, booleans as true/false.
 *
 * <p>A file that is not a zip archive with a workbook inside, or whose archive is cut short, is refused
 * with {@link UnreadableFile}. DTDs and external entities are switched off.
 */
final class XlsxRowSource implements RowSource {

    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MAIN_MACRO = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private final ZipFile zip;
    private final SharedStrings shared;
    private final BitSet dateStyles;
    private final CountingInputStream counting;
    private final long sheetSize;
    private final XMLStreamReader sheet;
    private long lastRow;

    XlsxRowSource(Path file) throws IOException {
        requireZip(file);
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new UnreadableFile("customer.import.xlsx.damaged");
        }
        try {
            var workbook = workbookPart();
            var rels = relationships(relsOf(workbook));
            var sheetPath = firstSheet(workbook, rels);
            this.shared = sharedStrings(rels);
            this.dateStyles = dateStyles(rels);
            var entry = entry(sheetPath);
            if (entry == null) {
                throw new UnreadableFile("customer.import.xlsx.notWorkbook");
            }
            this.sheetSize = Math.max(1, entry.getSize());
            this.counting = new CountingInputStream(zip.getInputStream(entry));
            this.sheet = XML.createXMLStreamReader(new BufferedInputStream(counting, 64 * 1024));
        } catch (XMLStreamException | ZipException | EOFException e) {
            zip.close();
            throw new UnreadableFile("customer.import.xlsx.damaged");
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    /** Refuses a file that does not start like a zip archive. */
    static void requireZip(Path file) throws IOException {
        byte[] magic = new byte[4];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 4);
        }
        if (n < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new UnreadableFile("customer.import.xlsx.notWorkbook");
        }
    }

    private ZipEntry entry(String path) {
        var name = path.startsWith("/") ? path.substring(1) : path;
        return zip.getEntry(name);
    }

    private InputStream open(String path) throws IOException {
        var entry = entry(path);
        if (entry == null) {
            throw new UnreadableFile("customer.import.xlsx.notWorkbook");
        }
        return zip.getInputStream(entry);
    }

    private String workbookPart() throws IOException, XMLStreamException {
        if (entry("[Content_Types].xml") == null) {
            throw new UnreadableFile("customer.import.xlsx.notWorkbook");
        }
        String part = null;
        try (var in = open("[Content_Types].xml")) {
            var r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(r.getLocalName())) {
                    var type = r.getAttributeValue(null, "ContentType");
                    if (MAIN.equals(type) || MAIN_MACRO.equals(type)) {
                        part = r.getAttributeValue(null, "PartName");
                    }
                }
            }
        }
        part = part == null ? "/xl/workbook.xml" : part;
        if (entry(part) == null) {
            throw new UnreadableFile("customer.import.xlsx.notWorkbook");
        }
        return part.startsWith("/") ? part.substring(1) : part;
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Relationship id → {type, absolute target}. */
    private Map<String, String[]> relationships(String relsPath) throws IOException, XMLStreamException {
        var result = new HashMap<String, String[]>();
        if (entry(relsPath) == null) {
            return result;
        }
        var base = relsPath.substring(0, relsPath.indexOf("_rels/"));
        try (var in = open(relsPath)) {
            var r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    var target = r.getAttributeValue(null, "Target");
                    var type = r.getAttributeValue(null, "Type");
                    if (target != null) {
                        target = target.startsWith("/") ? target.substring(1) : normalise(base + target);
                        result.put(r.getAttributeValue(null, "Id"), new String[] {type == null ? "" : type, target});
                    }
                }
            }
        }
        return result;
    }

    private static String normalise(String path) {
        var parts = new ArrayList<String>();
        for (var p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private String firstSheet(String workbook, Map<String, String[]> rels) throws IOException, XMLStreamException {
        try (var in = open(workbook)) {
            var r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if ("id".equals(r.getAttributeLocalName(i)) && rels.containsKey(r.getAttributeValue(i))) {
                            return rels.get(r.getAttributeValue(i))[1];
                        }
                    }
                }
            }
        }
        throw new UnreadableFile("customer.import.xlsx.noSheet");
    }

    private SharedStrings sharedStrings(Map<String, String[]> rels) throws IOException, XMLStreamException {
        var table = new SharedStrings();
        for (var rel : rels.values()) {
            if (rel[0].endsWith("/sharedStrings") && entry(rel[1]) != null) {
                try (var in = new BufferedInputStream(open(rel[1]), 64 * 1024)) {
                    var r = XML.createXMLStreamReader(in);
                    var text = new CappedText();
                    int phonetic = 0;
                    boolean inT = false;
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == XMLStreamConstants.START_ELEMENT) {
                            var name = r.getLocalName();
                            if (name.equals("si")) {
                                text.reset();
                            } else if (name.equals("rPh")) {
                                phonetic++;
                            } else if (name.equals("t") && phonetic == 0) {
                                inT = true;
                            }
                        } else if (event == XMLStreamConstants.END_ELEMENT) {
                            var name = r.getLocalName();
                            if (name.equals("si")) {
                                table.add(text.value(), text.cut());
                            } else if (name.equals("rPh")) {
                                phonetic--;
                            } else if (name.equals("t")) {
                                inT = false;
                            }
                        } else if (inT && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                                || event == XMLStreamConstants.SPACE)) {
                            text.append(r);
                        }
                    }
                }
            }
        }
        return table;
    }

    /** The cell styles (indexes into cellXfs) whose number format is a date. */
    private BitSet dateStyles(Map<String, String[]> rels) throws IOException, XMLStreamException {
        var dates = new BitSet();
        for (var rel : rels.values()) {
            if (!rel[0].endsWith("/styles") || entry(rel[1]) == null) {
                continue;
            }
            var customDates = new HashMap<Integer, Boolean>();
            try (var in = open(rel[1])) {
                var r = XML.createXMLStreamReader(in);
                boolean inCellXfs = false;
                int index = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        var name = r.getLocalName();
                        if (name.equals("numFmt")) {
                            var id = r.getAttributeValue(null, "numFmtId");
                            var code = r.getAttributeValue(null, "formatCode");
                            if (id != null && id.matches("\\d{1,5}")) {
                                customDates.put(Integer.parseInt(id), isDateFormat(code));
                            }
                        } else if (name.equals("cellXfs")) {
                            inCellXfs = true;
                        } else if (name.equals("xf") && inCellXfs) {
                            var id = r.getAttributeValue(null, "numFmtId");
                            if (id != null && id.matches("\\d{1,5}")) {
                                int fmt = Integer.parseInt(id);
                                if (customDates.getOrDefault(fmt, builtInDate(fmt))) {
                                    dates.set(index);
                                }
                            }
                            index++;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            }
        }
        return dates;
    }

    private static boolean builtInDate(int id) {
        return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
    }

    static boolean isDateFormat(String code) {
        if (code == null) {
            return false;
        }
        var plain = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "")
                .toLowerCase(java.util.Locale.ROOT);
        return plain.contains("y") || plain.contains("d") || plain.contains("年") || plain.contains("日");
    }

    @Override
    public SheetRow next() throws IOException {
        try {
            List<String> cells = null;
            Set<Integer> cut = null;
            long number = 0;
            int column = -1;
            String type = null;
            int style = 0;
            boolean inValue = false;
            var text = new CappedText();
            while (sheet.hasNext()) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (sheet.getLocalName()) {
                        case "row" -> {
                            var r = sheet.getAttributeValue(null, "r");
                            number = r != null && r.matches("\\d{1,9}") ? Long.parseLong(r) : lastRow + 1;
                            cells = new ArrayList<>();
                            cut = new TreeSet<>();
                            column = -1;
                        }
                        case "c" -> {
                            var ref = sheet.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : columnOf(ref, column + 1);
                            type = sheet.getAttributeValue(null, "t");
                            var s = sheet.getAttributeValue(null, "s");
                            style = s != null && s.matches("\\d{1,6}") ? Integer.parseInt(s) : 0;
                            text.reset();
                        }
                        case "v", "t" -> inValue = true;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (sheet.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            if (cells != null && column >= 0) {
                                if (column >= ImportLimits.MAX_COLUMNS) {
                                    cut.add(ImportLimits.MAX_COLUMNS);
                                } else {
                                    while (cells.size() <= column) {
                                        cells.add(null);
                                    }
                                    var value = value(type, style, text, cut, column);
                                    cells.set(column, value);
                                }
                            }
                        }
                        case "row" -> {
                            if (cells != null) {
                                lastRow = number;
                                return new SheetRow(number, cells, cut);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(sheet);
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new UnreadableFile("customer.import.xlsx.damaged");
        }
    }

    private String value(String type, int style, CappedText text, Set<Integer> cut, int column) {
        var raw = text.value();
        if (text.cut()) {
            cut.add(column);
        }
        if (raw.isEmpty()) {
            return raw;
        }
        if ("s".equals(type)) {
            int index;
            try {
                index = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                return "";
            }
            if (shared.cut(index)) {
                cut.add(column);
            }
            return shared.get(index);
        }
        if ("b".equals(type)) {
            return "1".equals(raw.strip()) ? "true" : "false";
        }
        if (type == null || "n".equals(type)) {
            try {
                var number = new BigDecimal(raw.strip());
                if (dateStyles.get(style)) {
                    return EPOCH.plusDays(number.longValue()).toString();
                }
                var plain = number.stripTrailingZeros();
                return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
            } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
                return raw;
            }
        }
        return raw;
    }

    /** Zero-based column of a cell reference like {@code AB12}. */
    static int columnOf(String ref, int fallback) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? fallback : col - 1;
    }

    @Override
    public double progress() {
        return Math.min(1.0, counting.count() / (double) sheetSize);
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException ignored) {
            // closing anyway
        }
        zip.close();
    }

    /** Text of one cell, gathered piece by piece and cut at the limit. */
    static final class CappedText {
        private final StringBuilder text = new StringBuilder();
        private boolean cut;

        void reset() {
            text.setLength(0);
            cut = false;
        }

        void append(XMLStreamReader r) {
            int room = ImportLimits.MAX_CELL - text.length();
            int length = r.getTextLength();
            if (length > room) {
                cut = true;
            }
            if (room > 0) {
                text.append(r.getTextCharacters(), r.getTextStart(), Math.min(room, length));
            }
        }

        String value() {
            return text.toString();
        }

        boolean cut() {
            return cut;
        }
    }

    /** The shared strings of a workbook, packed into large char arrays. */
    static final class SharedStrings {
        private static final int CHUNK = 1 << 20;
        private final List<char[]> chunks = new ArrayList<>();
        private long[] starts = new long[1024];
        private short[] lengths = new short[1024];
        private final BitSet cut = new BitSet();
        private int count;
        private int used = CHUNK;
        private long chars;

        void add(String s, boolean wasCut) {
            if (count >= ImportLimits.MAX_SHARED_STRINGS || chars + s.length() > ImportLimits.MAX_SHARED_CHARS) {
                throw new UnreadableFile("customer.import.xlsx.tooManyTexts");
            }
            if (used + s.length() > CHUNK) {
                chunks.add(new char[CHUNK]);
                used = 0;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
            }
            s.getChars(0, s.length(), chunks.get(chunks.size() - 1), used);
            starts[count] = (long) (chunks.size() - 1) * CHUNK + used;
            lengths[count] = (short) s.length();
            if (wasCut) {
                cut.set(count);
            }
            used += s.length();
            chars += s.length();
            count++;
        }

        String get(int index) {
            if (index < 0 || index >= count) {
                return "";
            }
            long start = starts[index];
            return new String(chunks.get((int) (start / CHUNK)), (int) (start % CHUNK), lengths[index]);
        }

        boolean cut(int index) {
            return cut.get(index);
        }
    }
}
