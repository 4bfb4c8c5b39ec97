package kehu.customer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import javax.sql.DataSource;

import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A large import leaves the planner with fresh statistics of the customer tables (PostgreSQL). */
@KehuTest
class TableStatisticsTests {

    @Autowired TableStatistics statistics;
    @Autowired DataSource dataSource;

    @Test
    void refreshAnalyzesTheImportedTablesOnPostgresAndIsANoOpOnH2() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        String product;
        try (var con = dataSource.getConnection()) {
            product = con.getMetaData().getDatabaseProductName();
        }
        assertThat(statistics.applies()).isEqualTo(product.toLowerCase().contains("postgres"));
        statistics.refresh();
        if (statistics.applies()) {
            for (var table : TableStatistics.IMPORTED_TABLES) {
                var analyzed = jdbc.queryForObject("select last_analyze from pg_stat_user_tables"
                        + " where relname = ? and schemaname = current_schema()", Timestamp.class, table);
                assertThat(analyzed).as(table).isNotNull();
            }
        }
    }
}
