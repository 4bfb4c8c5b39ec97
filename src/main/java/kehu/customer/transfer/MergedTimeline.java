package kehu.customer.transfer;

import java.sql.Timestamp;
import java.time.Instant;

import kehu.shared.PersistenceConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Copies the timeline of a merged customer onto the winner's (CUS-4), so the winner's page shows both;
 * the loser keeps its own entries too. One INSERT … SELECT, in the merge's transaction.
 */
@Component
public class MergedTimeline {

    private final JdbcTemplate jdbc;

    MergedTimeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many entries were copied. */
    public int copy(long fromCustomerId, long toCustomerId, Instant now) {
        var at = Timestamp.from(now);
        var actor = PersistenceConfiguration.currentActor();
        return jdbc.update("insert into customer_timeline (customer_id, occurred_at, kind, title, detail, source_module,"
                + " reference_id, actor, created_at, created_by, updated_at, updated_by, version)"
                + " select ?, occurred_at, kind, title, detail, source_module, reference_id, actor, ?, ?, ?, ?, 0"
                + " from customer_timeline where customer_id = ?", toCustomerId, at, actor, at, actor, fromCustomerId);
    }
}
