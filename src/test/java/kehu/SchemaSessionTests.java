package kehu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import kehu.support.KehuTest;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 1,000,000-customer benchmark's lost H2 database (docs/decisions/0018): once the pool has closed the
 * connection the migrations ran on, check constraints with a list of values must still accept rows.
 */
@KehuTest
class SchemaSessionTests {

    @Autowired HikariDataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void rowsAreStillCheckedAfterThePoolRetiredEveryConnectionItHad() {
        Assumptions.assumeTrue(dataSource.getJdbcUrl().startsWith("jdbc:h2:"), "an H2 behaviour");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).as("demo customers").isPositive();
        var before = sessions();
        // what maxLifetime does after 30 minutes: every idle connection closed (in the background), new ones opened
        dataSource.getHikariPoolMXBean().softEvictConnections();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            var left = sessions();
            left.retainAll(before);
            return left.size() <= 1; // at most the migrations' own connection, which stays
        });
        // customer_status_ck: status in ('POTENTIAL', 'ACTIVE', 'DORMANT', 'LOST', 'CLOSED'), checked on update
        assertThat(jdbc.update("update customer set status = status")).isPositive();
        assertThat(jdbc.update("update archive set confidentiality = confidentiality")).isPositive();
    }

    private java.util.Set<Long> sessions() {
        return new java.util.HashSet<>(jdbc.queryForList("select session_id from information_schema.sessions", Long.class));
    }
}
