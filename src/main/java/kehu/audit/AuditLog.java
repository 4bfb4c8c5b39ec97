package kehu.audit;

import java.time.Clock;
import java.util.function.Consumer;

import kehu.audit.internal.AuditChain;
import kehu.audit.internal.AuditSearch;
import kehu.shared.AuditableAction;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log (ORG-5): search it, verify its hash chain, export it. Entries are appended only by
 * the module's listener, from the {@link AuditableAction} events other modules publish.
 */
@Service
public class AuditLog {

    /** Largest page a search returns. */
    public static final int MAX_PAGE_SIZE = 100;

    private final AuditSearch search;
    private final AuditChain chain;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    AuditLog(AuditSearch search, AuditChain chain, ApplicationEventPublisher events,
             PlatformTransactionManager transactions, Clock clock) {
        this.search = search;
        this.chain = chain;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Entries matching the filter, newest first. */
    public Page<AuditEntryRow> search(AuditFilter filter, Pageable pageable) {
        var page = pageable.getPageSize() > MAX_PAGE_SIZE
                ? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE) : pageable;
        return search.search(filter, page);
    }

    /** Walks the whole chain and reports the first broken link, if any. */
    public ChainVerification verify() {
        return chain.verify();
    }

    /** Walks the entries numbered {@code fromSeq} to {@code toSeq} (see {@link AuditChain#verify(long, long)}). */
    public ChainVerification verify(long fromSeq, long toSeq) {
        return chain.verify(fromSeq, toSeq);
    }

    /**
     * Exports the entries matching the filter, newest first, to {@code sink}, a bounded number at a
     * time. The export itself is audited ({@code audit.export}, with the filter) before any entry
     * leaves, so even an interrupted export is on record.
     */
    public void export(AuditFilter filter, Consumer<AuditEntryRow> sink) {
        var actor = PersistenceConfiguration.currentActor();
        tx.executeWithoutResult(status -> events.publishEvent(AuditableAction.of("audit.export", actor, "audit-log",
                null, null, filter.criteria().toString(), clock.instant())));
        search.forEach(filter, sink);
    }
}
