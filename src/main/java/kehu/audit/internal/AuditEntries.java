package kehu.audit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Reading the audit chain. Deliberately no save, update or delete: entries are appended by {@link AuditChain}. */
interface AuditEntries extends Repository<AuditEntry, Long> {

    Optional<AuditEntry> findBySeq(long seq);

    /** The next entries of the chain after {@code afterSeq}, up to {@code upToSeq}, in order. */
    List<AuditEntry> findBySeqGreaterThanAndSeqLessThanEqualOrderBySeqAsc(long afterSeq, long upToSeq, Limit limit);
}
