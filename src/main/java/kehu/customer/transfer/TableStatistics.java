package kehu.customer.transfer;

import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Refreshes the planner statistics of the tables an import fills (docs/performance.md, finding 5: after
 * a large import PostgreSQL planned the list for an empty table, 107 ms instead of 1.8 ms). H2 gathers
 * its statistics by itself as rows change, so there it does nothing.
 */
@Component
public class TableStatistics {

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

    /** The tables an import writes; fixed names, never built from input. */
    static final List<String> IMPORTED_TABLES = List.of("customer", "customer_tag", "customer_field_value",
            "customer_timeline");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    TableStatistics(DataSource dataSource) throws Exception {
        this.jdbc = new JdbcTemplate(dataSource);
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** Whether {@link #refresh()} does anything on this database. */
    public boolean applies() {
        return postgres;
    }

    /** ANALYZE the imported tables; a failure is logged, never thrown (the import itself succeeded). */
    public void refresh() {
        if (!postgres) {
            return;
        }
        long start = System.nanoTime();
        try {
            for (var table : IMPORTED_TABLES) {
                jdbc.execute("analyze " + table);
            }
            log.info("Refreshed planner statistics of {} in {} ms", IMPORTED_TABLES, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not refresh planner statistics after an import", e);
        }
    }
}
