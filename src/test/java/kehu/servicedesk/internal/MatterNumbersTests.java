package kehu.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matter and work-order numbers: one counter per prefix and day, no number given twice, and the first numbers of
 * a day asked for all at once by more transactions than the connection pool holds (a morning rush at the
 * service desk) all succeed: creating the day's counter must not need a second connection.
 */
@KehuTest
class MatterNumbersTests {

    @Autowired MatterNumbers numbers;
    @Autowired PlatformTransactionManager transactions;
    @Autowired HikariDataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theFirstNumbersOfADayAskedForAtOnceByMoreTransactionsThanThePoolHoldsAreAllGivenOnce() throws Exception {
        int parties = dataSource.getMaximumPoolSize() + 2;
        var day = Instant.parse("2031-03-04T02:00:00Z"); // a day no other test numbers on
        var tx = new TransactionTemplate(transactions);
        var together = new CountDownLatch(dataSource.getMaximumPoolSize());
        var pool = Executors.newFixedThreadPool(parties);
        try {
            var futures = new ArrayList<Future<String>>();
            for (int i = 0; i < parties; i++) {
                futures.add(pool.submit(() -> tx.execute(s -> {
                    // hold this transaction's connection, then ask for a number together with the others
                    jdbc.queryForObject("select count(*) from sd_number_sequence", Long.class);
                    together.countDown();
                    try {
                        together.await(10, TimeUnit.SECONDS); // the latecomers found the pool full: they go ahead
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return numbers.next("ZZ", day);
                })));
            }
            var given = new ArrayList<String>();
            for (var f : futures) {
                given.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(new HashSet<>(given)).hasSize(parties);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= parties; i++) {
                expected.add("ZZ20310304-" + String.format("%04d", i));
            }
            assertThat(given).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
            jdbc.update("delete from sd_number_sequence where prefix = 'ZZ'");
        }
    }

    @Test
    void aRolledBackIntakeLeavesTheCounterWhereItWas() {
        var day = Instant.parse("2031-03-05T02:00:00Z");
        var tx = new TransactionTemplate(transactions);
        try {
            assertThat(tx.<String>execute(s -> numbers.next("ZY", day))).isEqualTo("ZY20310305-0001");
            tx.executeWithoutResult(s -> {
                numbers.next("ZY", day);
                s.setRollbackOnly();
            });
            assertThat(tx.<String>execute(s -> numbers.next("ZY", day))).isEqualTo("ZY20310305-0002");
        } finally {
            jdbc.update("delete from sd_number_sequence where prefix = 'ZY'");
        }
    }
}
