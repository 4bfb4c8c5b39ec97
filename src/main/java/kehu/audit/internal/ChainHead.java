package kehu.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the one row appenders lock, so entries get consecutive numbers and
 * link to their predecessor even with several listeners on several nodes. Verification compares
 * the chain's last entry with it, which reveals entries removed from the end.
 */
@Entity
@Table(name = "audit_chain_head")
class ChainHead {

    /** The id of the one row. */
    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChainHead() {
    }

    /** Appends the next entry after the current end and moves the end to it. */
    AuditEntry extend(AuditRecord record, Instant now) {
        var entry = AuditEntry.following(lastSeq + 1, lastHash, record, now);
        this.lastSeq = entry.seq();
        this.lastHash = entry.hash();
        this.updatedAt = now;
        return entry;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }
}
