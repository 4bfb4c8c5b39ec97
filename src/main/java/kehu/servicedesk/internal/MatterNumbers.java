package kehu.servicedesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import kehu.shared.ClockConfiguration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable numbers: prefix, day (Asia/Shanghai) and a counter per prefix and day, e.g. {@code TS20261122-0001}.
 * The counter row is created in a transaction of its own (two first intakes of a day do not collide) and
 * incremented in the caller's transaction, whose row lock keeps concurrent intakes from sharing a number.
 */
@Component
public class MatterNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    MatterNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(String prefix, Instant at) {
        var day = LocalDate.ofInstant(at, ClockConfiguration.ZONE);
        var sqlDay = java.sql.Date.valueOf(day);
        if (jdbc.update("update sd_number_sequence set last_value = last_value + 1 where prefix = ? and seq_day = ?",
                prefix, sqlDay) == 0) {
            try {
                separate.executeWithoutResult(s -> jdbc.update(
                        "insert into sd_number_sequence (prefix, seq_day, last_value) values (?, ?, 0)", prefix, sqlDay));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another intake created today's counter first
            }
            jdbc.update("update sd_number_sequence set last_value = last_value + 1 where prefix = ? and seq_day = ?",
                    prefix, sqlDay);
        }
        Integer value = jdbc.queryForObject("select last_value from sd_number_sequence where prefix = ? and seq_day = ?",
                Integer.class, prefix, sqlDay);
        return prefix + DAY.format(day) + "-" + String.format("%04d", value);
    }
}
