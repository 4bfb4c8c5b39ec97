package kehu.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import kehu.audit.AuditEntryRow;
import kehu.audit.AuditFilter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding audit entries: a page at a time for people, or all matches streamed for an export.
 * Newest first (highest sequence number first).
 */
@Component
public class AuditSearch {

    private static final int STREAM_PAGE = 500;
    private static final char ESCAPE = '\\';

    private final EntityManager em;

    AuditSearch(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntryRow> search(AuditFilter filter, Pageable pageable) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEntry.class);
        var root = query.from(AuditEntry.class);
        query.select(root).where(matching(filter, cb, root, null)).orderBy(cb.desc(root.get("seq")));
        var rows = em.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList().stream().map(AuditEntry::toRow).toList();
        return PageableExecutionUtils.getPage(rows, pageable, () -> {
            var count = cb.createQuery(Long.class);
            var countRoot = count.from(AuditEntry.class);
            count.select(cb.count(countRoot)).where(matching(filter, cb, countRoot, null));
            return em.createQuery(count).getSingleResult();
        });
    }

    /**
     * Hands every matching entry, newest first, to {@code sink}. Reads a page at a time by sequence
     * number (keyset), outside any transaction, so memory stays bounded however many entries match.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forEach(AuditFilter filter, Consumer<AuditEntryRow> sink) {
        Long below = null;
        List<AuditEntry> page;
        do {
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(AuditEntry.class);
            var root = query.from(AuditEntry.class);
            query.select(root).where(matching(filter, cb, root, below)).orderBy(cb.desc(root.get("seq")));
            page = em.createQuery(query).setMaxResults(STREAM_PAGE).getResultList();
            for (var entry : page) {
                sink.accept(entry.toRow());
                below = entry.seq();
            }
        } while (page.size() == STREAM_PAGE);
    }

    private static Predicate[] matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditEntry> root, Long seqBelow) {
        var where = new ArrayList<Predicate>();
        if (seqBelow != null) {
            where.add(cb.lessThan(root.get("seq"), seqBelow));
        }
        if (filter.fromInstant() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.fromInstant()));
        }
        if (filter.toInstantExclusive() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), filter.toInstantExclusive()));
        }
        if (filter.actor() != null) {
            where.add(cb.equal(root.get("actor"), filter.actor()));
        }
        if (filter.action() != null) {
            where.add(cb.like(root.get("action"), escapeLike(filter.action()) + "%", ESCAPE));
        }
        if (filter.targetType() != null) {
            where.add(cb.equal(root.get("targetType"), filter.targetType()));
        }
        if (filter.targetId() != null) {
            where.add(cb.equal(root.get("targetId"), filter.targetId()));
        }
        if (filter.text() != null) {
            var pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("beforeValue")), pattern, ESCAPE),
                    cb.like(cb.lower(root.get("afterValue")), pattern, ESCAPE)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
