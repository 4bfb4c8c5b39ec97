package kehu.customer.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import kehu.customer.DuplicateMode;

/**
 * One pass over an uploaded file (CUS-8): every row is checked ({@link RowCheck}), then compared with the
 * existing customers and the rows accepted before it ({@link DuplicateKeys}); accepted rows go to the
 * sink (nothing for a dry run, the bulk writer for the real import). Memory holds the duplicate keys,
 * the report lines (capped) and whatever the sink buffers — never the file.
 */
final class ImportPass {

    private final RowCheck rows;
    private final DuplicateKeys keys;
    private final DuplicateMode mode;
    private final List<String> headers;
    private final ImportProgress progress;
    private final int maxProblems;
    final List<ProblemLine> problems = new ArrayList<>();

    ImportPass(RowCheck rows, DuplicateKeys keys, DuplicateMode mode, List<String> headers, ImportProgress progress,
               int maxProblems) {
        this.rows = rows;
        this.keys = keys;
        this.mode = mode;
        this.headers = headers;
        this.progress = progress;
        this.maxProblems = maxProblems;
    }

    /** An accepted row. */
    record Accepted(long row, RowCheck.Result result) {
    }

    void run(RowSource source, Consumer<Accepted> sink) throws IOException {
        progress.phase = "checking";
        var header = source.next();
        if (header == null) {
            throw new UnreadableFile("customer.import.empty");
        }
        SheetRow row;
        long read = 0;
        while ((row = source.next()) != null) {
            if (row.blank()) {
                continue;
            }
            read++;
            var result = rows.check(row);
            var lines = new ArrayList<ProblemLine>();
            for (var p : result.problems()) {
                lines.add(line(row, p));
            }
            boolean accepted = result.accepted();
            boolean warned = false;
            if (accepted) {
                var duplicates = duplicates(row, result);
                for (var p : duplicates) {
                    lines.add(line(row, p));
                    if (p.error()) {
                        accepted = false;
                    } else {
                        warned = true;
                    }
                }
            }
            if (accepted) {
                long rowNumber = row.number();
                var c = result.checked();
                var p = c.profile();
                DuplicateKeys.keysOf(c.kind(), p.name(), p.idNumber(), p.mobile(), p.landline(),
                        key -> keys.putIfAbsent(key, -rowNumber));
                progress.accepted++;
                if (warned) {
                    progress.warned++;
                }
                sink.accept(new Accepted(row.number(), result));
            } else {
                progress.rejected++;
            }
            for (var line : lines) {
                if (problems.size() < maxProblems) {
                    problems.add(line);
                }
            }
            progress.read = read;
            if ((read & 255) == 0) {
                progress.fraction = source.progress();
            }
        }
        progress.read = read;
        progress.fraction = 1.0;
    }

    private List<RowCheck.CellProblem> duplicates(SheetRow row, RowCheck.Result result) {
        var found = new ArrayList<RowCheck.CellProblem>();
        var c = result.checked();
        var p = c.profile();
        boolean error = mode == DuplicateMode.BLOCK;
        if (p.idNumber() != null) {
            match(found, keys.get(DuplicateKeys.idKey(p.idNumber())), "idNumber", error);
        }
        if (p.mobile() != null) {
            match(found, keys.get(DuplicateKeys.phoneKey(p.mobile())), "mobile", error);
        }
        if (p.landline() != null) {
            match(found, keys.get(DuplicateKeys.phoneKey(p.landline())), "landline", error);
        }
        if (found.isEmpty() && p.name() != null) {
            long value = keys.get(p.idNumber() == null ? DuplicateKeys.nameKey(c.kind(), p.name())
                    : DuplicateKeys.nameWithoutIdKey(c.kind(), p.name()));
            match(found, value, "name", error);
        }
        return found;
    }

    private void match(List<RowCheck.CellProblem> found, long value, String target, boolean error) {
        if (value > 0) {
            found.add(new RowCheck.CellProblem(rows.column(target), error, "customer.import.duplicate.existing", value));
        } else if (value < 0) {
            found.add(new RowCheck.CellProblem(rows.column(target), error, "customer.import.duplicate.inFile", -value));
        }
    }

    private ProblemLine line(SheetRow row, RowCheck.CellProblem p) {
        String column = null;
        String value = null;
        if (p.column() >= 0) {
            column = p.column() < headers.size() ? headers.get(p.column()) : "#" + (p.column() + 1);
            value = row.cell(p.column());
            if (value != null && value.length() > 200) {
                value = value.substring(0, 199) + "…";
            }
        }
        var args = Arrays.stream(p.args() == null ? new Object[0] : p.args()).map(String::valueOf).toList();
        return new ProblemLine(row.number(), column, value, p.error(), p.messageKey(), args);
    }
}
