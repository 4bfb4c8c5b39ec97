package kehu.audit.internal;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import kehu.audit.ChainVerification;
import kehu.shared.AuditableAction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain of audit entries: appending one entry at a time, and verifying that no entry was
 * altered or removed since.
 * <p>
 * Appending locks the chain head row ({@code SELECT … FOR UPDATE}) in a short transaction of its
 * own, so concurrent appenders, on one node or many, take turns: each entry gets the next sequence
 * number and links to the hash of the entry before. A lock time-out is retried a few times.
 * <p>
 * Verifying walks the entries in sequence order a page at a time (memory stays bounded however long
 * the chain), up to the head as it was when the walk started; entries appended meanwhile are left
 * for the next verification.
 */
@Component
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int PAGE = 1000;
    private static final int ATTEMPTS = 5;

    private final EntityManager em;
    private final AuditEntries entries;
    private final TransactionTemplate tx;
    private final Clock clock;

    AuditChain(EntityManager em, AuditEntries entries, PlatformTransactionManager transactions, Clock clock) {
        this.em = em;
        this.entries = entries;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.clock = clock;
    }

    /**
     * Appends the action to the end of the chain and commits (or joins the caller's transaction).
     *
     * @return the sequence number it got
     */
    public long append(AuditableAction action) {
        return appendAll(java.util.List.of(action));
    }

    /**
     * Appends the actions in their order, under one lock of the chain head, and commits (or joins the caller's
     * transaction): all of them or none.
     *
     * @return the sequence number the last one got, or -1 when there were none
     */
    public long appendAll(java.util.List<AuditableAction> actions) {
        if (actions.isEmpty()) {
            return -1;
        }
        var records = actions.stream().map(a -> AuditRecord.of(a, clock.instant())).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    var head = head(LockModeType.PESSIMISTIC_WRITE);
                    long seq = -1;
                    for (var record : records) {
                        var entry = head.extend(record, clock.instant());
                        em.persist(entry);
                        seq = entry.seq();
                    }
                    return seq;
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLockTimeout(e)) {
                    throw e;
                }
                log.debug("Audit chain head busy, retrying append (attempt {})", attempt);
            }
        }
    }

    private ChainHead head(LockModeType lock) {
        var head = em.find(ChainHead.class, ChainHead.ID, lock);
        if (head == null) {
            throw new IllegalStateException("The audit chain head (audit_chain_head, id 1) is missing");
        }
        return head;
    }

    private static boolean isLockTimeout(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Verifies the whole chain. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ChainVerification verify() {
        return verify(1, Long.MAX_VALUE);
    }

    /**
     * Verifies the entries numbered {@code fromSeq} to {@code toSeq} (clamped to the chain): each
     * matches its hash and links to the one before (the entry before {@code fromSeq} is trusted);
     * when the range reaches the end of the chain, the last entry must be the one the head names.
     * Runs outside any transaction so each page of entries is read and then let go.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ChainVerification verify(long fromSeq, long toSeq) {
        var head = head(LockModeType.NONE);
        long first = Math.max(1, fromSeq);
        long last = Math.min(toSeq, head.lastSeq());
        if (first > last) {
            return ChainVerification.intact(first, last, 0);
        }
        var prevHash = first == 1 ? EntryHash.GENESIS
                : entries.findBySeq(first - 1).map(AuditEntry::hash).orElse(null);
        var walk = new ChainWalk(first, prevHash);
        long after = first - 1;
        List<AuditEntry> page;
        do {
            page = entries.findBySeqGreaterThanAndSeqLessThanEqualOrderBySeqAsc(after, last, Limit.of(PAGE));
            for (var entry : page) {
                var broken = walk.next(entry);
                if (broken.isPresent()) {
                    return ChainVerification.broken(first, last, walk.checked(), broken.get());
                }
                after = entry.seq();
            }
        } while (page.size() == PAGE);
        var broken = walk.end(last, last == head.lastSeq() ? head.lastHash() : null);
        return broken.map(b -> ChainVerification.broken(first, last, walk.checked(), b))
                .orElseGet(() -> ChainVerification.intact(first, last, walk.checked()));
    }
}
