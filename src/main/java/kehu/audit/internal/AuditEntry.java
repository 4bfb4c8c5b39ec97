package kehu.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.audit.AuditEntryRow;

import org.hibernate.annotations.Immutable;

/**
 * One link of the audit chain. Written once by {@link AuditChain#append} and never changed: there
 * are no setters, the mapping is immutable and no code updates or deletes entries. Its hash covers
 * every field including {@code seq} and the previous entry's hash (see {@link EntryHash}), so
 * altering or removing an entry shows when the chain is verified.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "actor", nullable = false, updatable = false, length = AuditRecord.MAX_ACTOR)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = AuditRecord.MAX_ACTION)
    private String action;

    @Column(name = "target_type", updatable = false, length = AuditRecord.MAX_TARGET_TYPE)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = AuditRecord.MAX_TARGET_ID)
    private String targetId;

    @Column(name = "before_value", updatable = false, length = AuditRecord.MAX_VALUE)
    private String beforeValue;

    @Column(name = "after_value", updatable = false, length = AuditRecord.MAX_VALUE)
    private String afterValue;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    private AuditEntry(long seq, String prevHash, AuditRecord record, Instant recordedAt) {
        this.seq = seq;
        this.prevHash = prevHash;
        this.occurredAt = record.occurredAt();
        this.recordedAt = AuditRecord.micros(recordedAt);
        this.actor = record.actor();
        this.action = record.action();
        this.targetType = record.targetType();
        this.targetId = record.targetId();
        this.beforeValue = record.before();
        this.afterValue = record.after();
        this.hash = computeHash();
    }

    /** The entry that follows the one numbered {@code seq - 1} whose hash is {@code prevHash}. */
    static AuditEntry following(long seq, String prevHash, AuditRecord record, Instant recordedAt) {
        return new AuditEntry(seq, prevHash, record, recordedAt);
    }

    /** Whether the stored hash still matches the stored content. */
    boolean matchesHash() {
        return hash.equals(computeHash());
    }

    private String computeHash() {
        return EntryHash.of(seq, occurredAt, recordedAt, actor, action, targetType, targetId, beforeValue, afterValue,
                prevHash);
    }

    AuditEntryRow toRow() {
        return new AuditEntryRow(seq, occurredAt, recordedAt, actor, action, targetType, targetId, beforeValue,
                afterValue, hash);
    }

    long seq() {
        return seq;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }
}
