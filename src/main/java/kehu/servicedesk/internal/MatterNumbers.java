package kehu.servicedesk.internal;

import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import kehu.shared.ClockConfiguration;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable numbers: prefix, day (Asia/Shanghai) and a counter per prefix and day, e.g. {@code TS20261122-0001}.
 * The counter is incremented in the caller's transaction, whose row lock keeps concurrent intakes from sharing
 * a number. The day's counter row is created on the caller's own connection, behind a savepoint: when another
 * intake creates it at the same moment, the losing insert is rolled back to the savepoint and the increment
 * goes ahead. (It used to be created in a transaction of its own, which needs a second pooled connection while
 * the caller holds one: as many first intakes of a day at once as the pool has connections waited on each
 * other until the pool gave up after 30 s. The benchmark found it.)
 */
@Component
public class MatterNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** SQLState of a unique-key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INCREMENT = "update sd_number_sequence set last_value = last_value + 1 where prefix = ? and seq_day = ?";

    private final JdbcTemplate jdbc;

    MatterNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next(String prefix, Instant at) {
        var day = LocalDate.ofInstant(at, ClockConfiguration.ZONE);
        var sqlDay = Date.valueOf(day);
        if (jdbc.update(INCREMENT, prefix, sqlDay) == 0) {
            createCounter(prefix, sqlDay);
            if (jdbc.update(INCREMENT, prefix, sqlDay) == 0) {
                throw new IllegalStateException("no number counter for " + prefix + " on " + day);
            }
        }
        Integer value = jdbc.queryForObject("select last_value from sd_number_sequence where prefix = ? and seq_day = ?",
                Integer.class, prefix, sqlDay);
        return prefix + DAY.format(day) + "-" + String.format("%04d", value);
    }

    private void createCounter(String prefix, Date day) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean inTransaction = !connection.getAutoCommit();
            var savepoint = inTransaction ? connection.setSavepoint() : null;
            try (var insert = connection.prepareStatement(
                    "insert into sd_number_sequence (prefix, seq_day, last_value) values (?, ?, 0)")) {
                insert.setString(1, prefix);
                insert.setDate(2, day);
                insert.executeUpdate();
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
            } catch (SQLException e) {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // another intake created the day's counter first
            }
            return null;
        });
    }
}
