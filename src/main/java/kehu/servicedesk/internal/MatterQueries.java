package kehu.servicedesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import kehu.servicedesk.MatterFilter;
import kehu.servicedesk.MatterStatus;
import kehu.shared.ClockConfiguration;

import org.springframework.data.jpa.domain.Specification;

/** The filters of {@link MatterFilter} as a query condition. */
public final class MatterQueries {

    private MatterQueries() {
    }

    public static Specification<Matter> matching(MatterFilter f, long staffId, Instant now) {
        return (root, query, cb) -> {
            var all = new ArrayList<Predicate>();
            if (f.q() != null && !f.q().isBlank()) {
                var like = "%" + f.q().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("number")), like), cb.like(cb.lower(root.get("subject")), like),
                        cb.like(cb.lower(root.get("customerName")), like), cb.like(cb.lower(root.get("callerName")), like)));
            }
            if (f.status() != null) {
                all.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.type() != null) {
                all.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.severity() != null) {
                all.add(cb.equal(root.get("severity"), f.severity()));
            }
            if (f.priority() != null) {
                all.add(cb.equal(root.get("priority"), f.priority()));
            }
            if (f.handlingUnitId() != null) {
                all.add(cb.equal(root.get("handlingUnitId"), f.handlingUnitId()));
            }
            if (f.customerId() != null) {
                all.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (Boolean.TRUE.equals(f.openOnly())) {
                all.add(root.get("status").in(List.of(MatterStatus.REGISTERED, MatterStatus.IN_PROGRESS,
                        MatterStatus.WAITING_CUSTOMER)));
            }
            if (Boolean.TRUE.equals(f.overdueOnly())) {
                all.add(root.get("status").in(List.of(MatterStatus.REGISTERED, MatterStatus.IN_PROGRESS)));
                all.add(cb.or(cb.lessThan(root.get("resolveDueAt"), now),
                        cb.and(cb.isNull(root.get("firstResponseAt")), cb.lessThan(root.get("responseDueAt"), now))));
            }
            if (Boolean.TRUE.equals(f.mine())) {
                all.add(cb.or(cb.equal(root.get("ownerStaffId"), staffId), cb.equal(root.get("handlingStaffId"), staffId)));
            }
            if (f.receivedOn() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), startOf(f.receivedOn())));
                all.add(cb.lessThan(root.get("receivedAt"), startOf(f.receivedOn().plusDays(1))));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockConfiguration.ZONE).toInstant();
    }
}
