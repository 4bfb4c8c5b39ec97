package kehu.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import kehu.audit.AuditEntryRow;

/**
 * Audit entries as CSV that Excel on Chinese Windows opens correctly: UTF-8 with a byte order mark,
 * CRLF line ends, every cell quoted (RFC 4180), and text that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, tab or carriage return) prefixed with a single quote.
 */
final class AuditCsv {

    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer out;
    private final Function<String, String> actionLabel;

    /**
     * @param actionLabel the label of an action code in the reader's language (the code itself when it has none)
     */
    AuditCsv(Writer out, Function<String, String> actionLabel) {
        this.out = out;
        this.actionLabel = actionLabel;
    }

    /** Writes the byte order mark and the header row. */
    void start(List<String> headers) {
        write(String.valueOf(BOM));
        row(headers);
    }

    void write(AuditEntryRow entry) {
        row(java.util.Arrays.asList(
                String.valueOf(entry.seq()),
                TIME.format(entry.occurredLocal()),
                entry.actor(),
                entry.action(),
                actionLabel.apply(entry.action()),
                entry.targetType(),
                entry.targetId(),
                entry.before(),
                entry.after(),
                entry.hash()));
    }

    private void row(List<String> cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    /** One quoted cell; null becomes an empty cell. */
    static String cell(String value) {
        if (value == null) {
            return "\"\"";
        }
        var safe = startsLikeFormula(value) ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
