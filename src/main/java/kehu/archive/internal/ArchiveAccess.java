package kehu.archive.internal;

import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import kehu.archive.ArchiveSettings;
import kehu.archive.Confidentiality;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerSummary;
import kehu.organization.DataScope;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.shared.NotFoundException;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read an archive (ARC-6), checked on every read and in every list query:
 * <ol>
 *   <li>the data scope of the permission reaches the customer (asked of the customer module for one archive;
 *       for lists, the archive's copy of owner, unit and area is filtered in the query);</li>
 *   <li>the archive's confidentiality is at most the reader's clearance (the highest level any of their
 *       permissions is cleared for, {@code kehu.archive.clearance});</li>
 *   <li>a hidden archive is read only by the customer's owner manager and the explicit grantees.</li>
 * </ol>
 * An archive failing any of these is "not found", as if it did not exist. A document above the reader's
 * clearance is listed, but its file is refused.
 */
@Component
public class ArchiveAccess {

    /** The signed-in reader for one permission. */
    public record Reader(long staffId, DataScope scope, Confidentiality clearance) {
    }

    private final DataScopes scopes;
    private final CustomerManagement customers;
    private final Grants grants;
    private final Archives archives;
    private final ArchiveSettings settings;

    ArchiveAccess(DataScopes scopes, CustomerManagement customers, Grants grants, Archives archives,
                  ArchiveSettings settings) {
        this.scopes = scopes;
        this.customers = customers;
        this.grants = grants;
        this.archives = archives;
        this.settings = settings;
    }

    public Reader reader(String permission) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return new Reader(user.staffId(), scopes.forCurrentUser(permission), clearance(user));
    }

    Confidentiality clearance(KehuUser user) {
        var level = Confidentiality.PUBLIC;
        for (GrantedAuthority a : user.getAuthorities()) {
            level = level.highest(settings.clearance().get(a.getAuthority()));
        }
        return level;
    }

    /**
     * The archive for a change to its contents (a filing, a correction, a business event, a transmittal), locked
     * until the transaction ends: two clerks filing into one archive at once are served one after the other
     * instead of one of them failing on the archive's version (its missing items are counted again each time).
     */
    public Archive writable(long archiveId, Reader reader) {
        archives.lockById(archiveId).orElseThrow(() -> new NotFoundException("archive", archiveId));
        return readable(archiveId, reader);
    }

    /** The archive if the reader may read it, otherwise not found. */
    public Archive readable(long archiveId, Reader reader) {
        var archive = archives.findById(archiveId).orElseThrow(() -> new NotFoundException("archive", archiveId));
        if (!reaches(archive, reader)) {
            throw new NotFoundException("archive", archiveId);
        }
        return archive;
    }

    /**
     * Whether the reader may read the archive. Remembered for the rest of a web request (the archive page asks for
     * its handovers, moves, transmittals, destructions and boxes, each of them checking again), keyed by everything
     * the answer depends on, so a request that reclassifies, hides or merges the archive is asked afresh.
     */
    public boolean reaches(Archive archive, Reader reader) {
        var key = "archive.reaches:" + archive.getId() + ':' + archive.getConfidentiality() + ':' + archive.isHidden()
                + ':' + archive.getCustomerId() + ':' + archive.getMergedIntoId() + ':' + reader;
        return kehu.shared.RequestMemo.get(key, () -> decide(archive, reader));
    }

    private boolean decide(Archive archive, Reader reader) {
        if (!archive.getConfidentiality().atMost(reader.clearance())) {
            return false;
        }
        if (!customers.isEditable(scopeCustomerId(archive), reader.scope())) {
            return false;
        }
        return !archive.isHidden() || isOwner(archive, reader.staffId())
                || grants.existsByArchiveIdAndStaffId(archive.getId(), reader.staffId());
    }

    /** Whether the person is the customer's owner manager now (asked of the customer module, not the copy). */
    public boolean isOwner(Archive archive, long staffId) {
        return customers.summaryOf(scopeCustomerId(archive)).map(CustomerSummary::ownerStaffId)
                .map(owner -> owner == staffId).orElse(false);
    }

    /**
     * The customer whose data scope and manager decide over the archive: its own, or, once its customer was merged
     * into another (read-only from then on), the winner's.
     */
    private long scopeCustomerId(Archive archive) {
        if (archive.getMergedIntoId() == null) {
            return archive.getCustomerId();
        }
        return archives.findById(archive.getMergedIntoId()).map(Archive::getCustomerId).orElse(archive.getCustomerId());
    }

    /** The archives a reader may see, as a query condition (the same three rules, on the archive's copies). */
    public Specification<Archive> visible(Reader reader) {
        return (root, query, cb) -> {
            var all = new ArrayList<Predicate>();
            var levels = new ArrayList<Confidentiality>();
            for (var c : Confidentiality.values()) {
                if (c.atMost(reader.clearance())) {
                    levels.add(c);
                }
            }
            all.add(root.get("confidentiality").in(levels));
            var scope = reader.scope();
            if (!scope.all()) {
                var reach = new ArrayList<Predicate>();
                reach.add(cb.equal(root.get("ownerStaffId"), scope.staffId()));
                if (!scope.unitIds().isEmpty()) {
                    reach.add(root.get("ownerUnitId").in(scope.unitIds()));
                }
                if (!scope.areaCodes().isEmpty()) {
                    reach.add(root.get("areaCode").in(scope.areaCodes()));
                }
                all.add(cb.or(reach.toArray(Predicate[]::new)));
            }
            var grant = query.subquery(Long.class);
            var g = grant.from(Grant.class);
            grant.select(g.get("staffId")).where(cb.equal(g.get("archiveId"), root.get("id")),
                    cb.equal(g.get("staffId"), reader.staffId()));
            all.add(cb.or(cb.isFalse(root.get("hidden")), cb.equal(root.get("ownerStaffId"), reader.staffId()),
                    cb.exists(grant)));
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
