package kehu.customer.transfer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores the lines of an import report in JDBC batches. */
@Component
class ImportProblemWriter {

    private final JdbcTemplate jdbc;

    ImportProblemWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long runId, List<ProblemLine> lines, String actor, Instant now) {
        var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.batchUpdate("insert into customer_import_problem (run_id, row_number, column_name, cell_value, severity,"
                + " message_key, message_args, created_at, created_by, updated_at, updated_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", lines, 1000, (ps, line) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, line.row());
                    ps.setString(3, clip(line.column(), 100));
                    ps.setString(4, clip(line.value(), 200));
                    ps.setString(5, line.error() ? "ERROR" : "WARNING");
                    ps.setString(6, clip(line.messageKey(), 100));
                    ps.setString(7, line.args().isEmpty() ? null
                            : clip(String.join(String.valueOf(ImportRunRecord.SEPARATOR), line.args()), 1000));
                    ps.setObject(8, at);
                    ps.setString(9, actor);
                    ps.setObject(10, at);
                    ps.setString(11, actor);
                });
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
