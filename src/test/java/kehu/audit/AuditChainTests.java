package kehu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kehu.audit.ChainBreak.Kind;
import kehu.audit.internal.AuditChain;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on the real database. The chain is global and shared with every other test, so
 * each test here appends entries of its own, tampers only with those, directly through JDBC as an
 * attacker with database access would, and repairs them before it ends.
 */
@KehuTest
class AuditChainTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MockMvc mvc;

    static AuditableAction action(String marker, String after) {
        return new AuditableAction("test.chain", "tester", "test", marker, "before " + marker, after, Instant.now());
    }

    /** Appends n entries of this test's own and returns their sequence numbers. */
    List<Long> appendOwn(int n) {
        var marker = UUID.randomUUID().toString();
        var seqs = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            seqs.add(chain.append(action(marker, "after " + i)));
        }
        return seqs;
    }

    Map<String, Object> row(long seq) {
        return jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
    }

    void reinsert(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (id, seq, occurred_at, recorded_at, actor, action, target_type, target_id, "
                        + "before_value, after_value, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("id"), row.get("seq"), row.get("occurred_at"), row.get("recorded_at"), row.get("actor"),
                row.get("action"), row.get("target_type"), row.get("target_id"), row.get("before_value"),
                row.get("after_value"), row.get("prev_hash"), row.get("hash"));
    }

    /** Waits until no audit event is still waiting for delivery, so this test's entry stays the newest. */
    void awaitQuietChain() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%AuditRecorder%' and completion_date is null",
                Long.class) == 0);
    }

    @Test
    void anActionPublishedInATransactionIsAppendedOnceItCommits() {
        var marker = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> events.publishEvent(AuditableAction.of("test.published", "tester", "test",
                marker, null, "after", Instant.parse("2026-03-01T02:00:00Z"))));

        var filter = new AuditFilter(null, null, null, null, "test", marker, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> auditLog.search(filter, PageRequest.of(0, 10)).getTotalElements() == 1);
        var entry = auditLog.search(filter, PageRequest.of(0, 10)).getContent().get(0);
        assertThat(entry.action()).isEqualTo("test.published");
        assertThat(entry.actor()).isEqualTo("tester");
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        assertThat(entry.after()).isEqualTo("after");
        assertThat(entry.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void actionsPublishedTogetherAreAppendedAsConsecutiveEntriesOfAnIntactChain() {
        var marker = UUID.randomUUID().toString();
        var actions = new ArrayList<AuditableAction>();
        for (int i = 0; i < 5; i++) {
            actions.add(action(marker, "after " + i));
        }
        tx.executeWithoutResult(status -> events.publishEvent(new kehu.shared.AuditableActions(actions)));

        var filter = new AuditFilter(null, null, null, null, "test", marker, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> auditLog.search(filter, PageRequest.of(0, 10)).getTotalElements() == 5);
        var entries = auditLog.search(filter, PageRequest.of(0, 10)).getContent().stream()
                .sorted(java.util.Comparator.comparingLong(AuditEntryRow::seq)).toList();
        assertThat(entries).extracting(AuditEntryRow::after).containsExactly("after 0", "after 1", "after 2", "after 3", "after 4");
        assertThat(entries.get(4).seq() - entries.get(0).seq()).as("one lock of the head: nothing in between").isEqualTo(4);
        assertThat(auditLog.verify(entries.get(0).seq(), entries.get(4).seq()).intact()).isTrue();
        // rolled back: none of them
        var rolledBack = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> {
            events.publishEvent(new kehu.shared.AuditableActions(List.of(action(rolledBack, "a"), action(rolledBack, "b"))));
            status.setRollbackOnly();
        });
        awaitQuietChain();
        assertThat(auditLog.search(new AuditFilter(null, null, null, null, "test", rolledBack, null), PageRequest.of(0, 1))
                .getTotalElements()).isZero();
    }

    @Test
    void anActionPublishedInARolledBackTransactionIsNotRecorded() throws Exception {
        var marker = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> {
            events.publishEvent(AuditableAction.of("test.rolledBack", "tester", "test", marker, null, null, Instant.now()));
            status.setRollbackOnly();
        });
        var committed = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> events.publishEvent(AuditableAction.of("test.committed", "tester", "test",
                committed, null, null, Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> auditLog.search(
                new AuditFilter(null, null, null, null, "test", committed, null), PageRequest.of(0, 1)).getTotalElements() == 1);
        awaitQuietChain();
        assertThat(auditLog.search(new AuditFilter(null, null, null, null, "test", marker, null), PageRequest.of(0, 1))
                .getTotalElements()).isZero();
    }

    @Test
    void aSignInIsRecorded() throws Exception {
        var filter = new AuditFilter(null, null, "gm", "login.success", null, null, null);
        long before = auditLog.search(filter, PageRequest.of(0, 1)).getTotalElements();

        mvc.perform(formLogin().user("gm").password("Demo@2026")).andExpect(authenticated());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> auditLog.search(filter, PageRequest.of(0, 1)).getTotalElements() == before + 1);
        var entry = auditLog.search(filter, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(entry.targetType()).isEqualTo("account");
        assertThat(entry.targetId()).isEqualTo("gm");
    }

    @Test
    void anUntouchedChainVerifies() {
        var seqs = appendOwn(3);

        var whole = auditLog.verify();
        assertThat(whole.intact()).isTrue();
        assertThat(whole.firstBreak()).isNull();
        assertThat(whole.toSeq()).isGreaterThanOrEqualTo(seqs.get(2));
        assertThat(whole.checked()).isEqualTo(whole.toSeq());

        var range = auditLog.verify(seqs.get(0), seqs.get(2));
        assertThat(range.intact()).isTrue();
        assertThat(range.checked()).isEqualTo(seqs.get(2) - seqs.get(0) + 1);
    }

    @Test
    void changingAnEntryInTheDatabaseIsReportedAsAlteredAtItsNumber() {
        var seqs = appendOwn(3);
        long target = seqs.get(1);
        var original = row(target);
        try {
            jdbc.update("update audit_entry set actor = 'mallory' where seq = ?", target);
            assertThat(auditLog.verify().firstBreak()).isEqualTo(new ChainBreak(target, Kind.ALTERED));
            assertThat(auditLog.verify(seqs.get(0), seqs.get(2)).firstBreak()).isEqualTo(new ChainBreak(target, Kind.ALTERED));
            assertThat(auditLog.verify().intact()).isFalse();

            jdbc.update("update audit_entry set actor = ? where seq = ?", original.get("actor"), target);
            jdbc.update("update audit_entry set after_value = 'approved by nobody' where seq = ?", target);
            assertThat(auditLog.verify().firstBreak()).isEqualTo(new ChainBreak(target, Kind.ALTERED));
        } finally {
            jdbc.update("update audit_entry set actor = ?, after_value = ? where seq = ?",
                    original.get("actor"), original.get("after_value"), target);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void removingAnEntryFromTheDatabaseIsReportedAsRemovedAtItsNumber() {
        var seqs = appendOwn(3);
        long target = seqs.get(1);
        var original = row(target);
        try {
            jdbc.update("delete from audit_entry where seq = ?", target);
            assertThat(auditLog.verify().firstBreak()).isEqualTo(new ChainBreak(target, Kind.REMOVED));
            assertThat(auditLog.verify(seqs.get(0), seqs.get(2)).firstBreak()).isEqualTo(new ChainBreak(target, Kind.REMOVED));
        } finally {
            reinsert(original);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestEntryIsReportedThroughTheChainHead() {
        awaitQuietChain();
        var seqs = appendOwn(2);
        long newest = seqs.get(1);
        var original = row(newest);
        try {
            jdbc.update("delete from audit_entry where seq = ?", newest);
            assertThat(auditLog.verify().firstBreak()).isEqualTo(new ChainBreak(newest, Kind.REMOVED));
        } finally {
            reinsert(original);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsGetGapFreeNumbersAndKeepTheChainIntact() throws Exception {
        int threads = 8;
        int perThread = 25;
        var seqs = ConcurrentHashMap.<Long>newKeySet();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                var marker = "concurrent-" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        seqs.add(chain.append(action(marker, "n" + i)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seqs).hasSize(threads * perThread);
        var stats = jdbc.queryForMap("select count(*) as n, min(seq) as lo, max(seq) as hi from audit_entry");
        long n = ((Number) stats.get("n")).longValue();
        assertThat(((Number) stats.get("lo")).longValue()).isEqualTo(1);
        assertThat(((Number) stats.get("hi")).longValue()).isEqualTo(n);
        var verification = auditLog.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(threads * perThread);
        assertThat(Set.copyOf(seqs)).allMatch(seq -> seq >= 1 && seq <= verification.toSeq());
    }
}
