package kehu.customer.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file (RFC 4180, comma-separated) in a detected encoding, read with Commons CSV
 * behind a {@link CappedCsvReader}: memory stays bounded whatever the cells hold.
 */
final class CsvRowSource implements RowSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CountingInputStream counting;
    private final CappedCsvReader capped;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long size;

    CsvRowSource(Path file, CharsetDetection.Detected encoding) throws IOException {
        this.size = Math.max(1, Files.size(file));
        this.counting = new CountingInputStream(Files.newInputStream(file));
        counting.skipNBytes(encoding.bomLength());
        var decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.capped = new CappedCsvReader(new InputStreamReader(new BufferedInputStream(counting, 64 * 1024), decoder),
                ImportLimits.MAX_CELL, ImportLimits.MAX_COLUMNS);
        this.parser = CSVParser.parse(capped, FORMAT);
        this.records = parser.iterator();
    }

    @Override
    public SheetRow next() throws IOException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableFile("customer.import.encoding.changed", parser.getCurrentLineNumber());
            }
            throw new UnreadableFile("customer.import.csv.malformed", parser.getCurrentLineNumber());
        } catch (IllegalStateException e) {
            throw new UnreadableFile("customer.import.csv.malformed", parser.getCurrentLineNumber());
        }
        var cells = new ArrayList<String>(record.size());
        for (int i = 0; i < record.size(); i++) {
            cells.add(record.get(i));
        }
        return new SheetRow(record.getRecordNumber(), cells, capped.cutCells(record.getRecordNumber() - 1));
    }

    @Override
    public double progress() {
        return Math.min(1.0, counting.count() / (double) size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
