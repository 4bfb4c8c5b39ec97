package kehu.customer.transfer;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reader between the file and the CSV parser that follows RFC 4180 quoting and cuts every field
 * after {@code maxCell} characters and every record after {@code maxColumns} fields, so the parser never
 * holds a huge cell (a 10 MB cell costs 2,000 characters). It remembers which cells it cut, by record
 * (0 = the first record) and column, until the caller asks with {@link #cutCells(long)}.
 *
 * <p>Records are counted at line breaks outside quotes ({@code \r\n}, {@code \n} or {@code \r}), which is
 * how Commons CSV counts them when empty lines are not skipped.
 */
final class CappedCsvReader extends Reader {

    private final Reader in;
    private final int maxCell;
    private final int maxColumns;
    private final char[] buffer = new char[16 * 1024];
    private final char[] ready = new char[2 * 16 * 1024];
    private int readyStart;
    private int readyEnd;
    private boolean eof;

    private boolean inQuotes;
    private boolean quotePending;
    private boolean afterCr;
    private int fieldLength;
    private int column;
    private long record;
    private boolean fieldCut;
    private final Map<Long, Set<Integer>> cut = new HashMap<>();

    CappedCsvReader(Reader in, int maxCell, int maxColumns) {
        this.in = in;
        this.maxCell = maxCell;
        this.maxColumns = maxColumns;
    }

    /** The columns cut in a record; forgets them and everything about earlier records. */
    Set<Integer> cutCells(long recordIndex) {
        var result = cut.remove(recordIndex);
        for (Iterator<Long> i = cut.keySet().iterator(); i.hasNext(); ) {
            if (i.next() < recordIndex) {
                i.remove();
            }
        }
        return result == null ? Set.of() : result;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (readyStart == readyEnd) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, readyEnd - readyStart);
        System.arraycopy(ready, readyStart, out, off, n);
        readyStart += n;
        return n;
    }

    /** Reads and processes the next chunk; false at the end of the input. */
    private boolean fill() throws IOException {
        readyStart = 0;
        readyEnd = 0;
        if (eof) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            eof = true;
            if (quotePending) {
                quotePending = false;
                inQuotes = false;
                if (column < maxColumns) {
                    ready[readyEnd++] = '"';
                }
            }
            return readyEnd > 0;
        }
        for (int i = 0; i < read; i++) {
            readyEnd += accept(buffer[i], ready, readyEnd);
        }
        return true;
    }

    /** Processes one character; writes zero, one or two characters to {@code out} at {@code at}. */
    private int accept(char c, char[] out, int at) {
        boolean dropping = column >= maxColumns;
        if (quotePending) {
            quotePending = false;
            if (c == '"') {
                // an escaped quote inside a quoted field: one character of content
                if (dropping || !keepContent()) {
                    return 0;
                }
                out[at] = '"';
                out[at + 1] = '"';
                return 2;
            }
            // the quote closed the field; the character after it is structural
            inQuotes = false;
            int n = 0;
            if (!dropping) {
                out[at] = '"';
                n = 1;
            }
            return n + structural(c, out, at + n);
        }
        if (inQuotes) {
            if (c == '"') {
                quotePending = true;
                return 0;
            }
            if (dropping || !keepContent()) {
                return 0;
            }
            out[at] = c;
            return 1;
        }
        return structural(c, out, at);
    }

    /** A character outside quotes. */
    private int structural(char c, char[] out, int at) {
        boolean dropping = column >= maxColumns;
        if (c == '\n' && afterCr) {
            afterCr = false;
            out[at] = c;
            return 1;
        }
        afterCr = false;
        if (c == '\r' || c == '\n') {
            afterCr = c == '\r';
            endField();
            record++;
            column = 0;
            out[at] = c;
            return 1;
        }
        if (c == ',') {
            endField();
            column++;
            if (column >= maxColumns) {
                if (column == maxColumns) {
                    markCut(maxColumns);
                }
                return 0;
            }
            out[at] = c;
            return 1;
        }
        if (c == '"' && fieldLength == 0 && !fieldCut) {
            inQuotes = true;
            if (dropping) {
                return 0;
            }
            out[at] = c;
            return 1;
        }
        if (dropping || !keepContent()) {
            return 0;
        }
        out[at] = c;
        return 1;
    }

    private boolean keepContent() {
        if (fieldLength < maxCell) {
            fieldLength++;
            return true;
        }
        if (!fieldCut) {
            fieldCut = true;
            markCut(column);
        }
        return false;
    }

    private void markCut(int col) {
        cut.computeIfAbsent(record, r -> new TreeSet<>()).add(col);
    }

    private void endField() {
        fieldLength = 0;
        fieldCut = false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
