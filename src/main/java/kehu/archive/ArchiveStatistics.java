package kehu.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kehu.archive.internal.Archives;
import kehu.archive.internal.Categories;
import kehu.archive.internal.Loans;
import kehu.organization.Permissions;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;

import jakarta.persistence.EntityManager;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archive statistics (ARC-11): archives by category with how many are incomplete and closed, by status and integrity;
 * loans awaiting approval, out and overdue; archives destroyable now and within a year; a year month by month and the
 * disposition ahead year by year. Over all archives, for the archive room ({@code archive.manage}).
 */
@Service
public class ArchiveStatistics {

    /** One category's counts. */
    public record CategoryCounts(String code, String name, long archives, long incomplete, long closed) {
        public long complete() {
            return archives - incomplete;
        }
    }

    public record Figures(List<CategoryCounts> categories, long archives, long incomplete, long closed,
                          Map<String, Long> integrity, long loansRequested, long loansApproved, long loansOut,
                          long loansOverdue, long destroyableNow, long destroyableWithinYear, LocalDate today) {
    }

    /** One month of a year: documents filed, loans requested and returned, archives destroyed. */
    public record MonthCounts(int month, long documents, long loans, long returned, long destroyed) {
    }

    /**
     * Closed archives that become destroyable in a year ({@code year} null: already destroyable before this year),
     * and the last day to pass as the disposition list's {@code destroyBy}.
     */
    public record DueYear(Integer year, long archives, LocalDate destroyBy) {
    }

    /** A year month by month (ARC-11 by period) and the disposition ahead, year by year (ARC-8). */
    public record Period(int year, List<MonthCounts> months, MonthCounts total, List<DueYear> due) {
    }

    /** How many years ahead the disposition outlook reaches. */
    static final int DUE_YEARS = 5;

    private final Archives archives;
    private final Categories categories;
    private final Loans loans;
    private final Clock clock;
    private final EntityManager em;

    ArchiveStatistics(Archives archives, Categories categories, Loans loans, Clock clock, EntityManager em) {
        this.archives = archives;
        this.categories = categories;
        this.loans = loans;
        this.clock = clock;
        this.em = em;
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    @Transactional(readOnly = true)
    public Figures figures() {
        var locale = LocaleContextHolder.getLocale();
        var today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
        var names = new LinkedHashMap<String, String>();
        categories.findByParentCodeIsNull().forEach(c -> names.put(c.getCode(), c.name(locale)));
        var rows = new ArrayList<CategoryCounts>();
        long total = 0;
        long incomplete = 0;
        long closed = 0;
        for (var r : archives.countsByCategory()) {
            var code = (String) r[0];
            var row = new CategoryCounts(code, names.getOrDefault(code, code), number(r[1]), number(r[2]), number(r[3]));
            rows.add(row);
            total += row.archives();
            incomplete += row.incomplete();
            closed += row.closed();
        }
        var integrity = new LinkedHashMap<String, Long>();
        for (var state : List.of("UNCHECKED", "OK", "PROBLEMS")) {
            integrity.put(state, 0L);
        }
        for (var r : archives.countsByIntegrity()) {
            integrity.put(r[0].toString(), number(r[1]));
        }
        return new Figures(rows, total, incomplete, closed, integrity, loans.countByStatus(LoanStatus.REQUESTED),
                loans.countByStatus(LoanStatus.APPROVED), loans.countByStatus(LoanStatus.OUT), loans.countOverdue(today),
                archives.destroyableBy(today), archives.destroyableBy(today.plusYears(1)), today);
    }

    /** The current year in Shanghai, the period pages' default. */
    public int thisYear() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE).getYear();
    }

    /**
     * The year month by month (Shanghai time): documents filed, loans requested, loans returned, archives destroyed;
     * and how many closed archives become destroyable in this year and the next {@value #DUE_YEARS}, with those
     * already due before it. One query per kind over the year's range: the rows before each month's end, differenced.
     */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    @Transactional(readOnly = true)
    public Period period(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "archive.stats.badYear");
        }
        var bounds = new Instant[13];
        for (int m = 0; m <= 12; m++) {
            bounds[m] = LocalDate.of(year, 1, 1).plusMonths(m).atStartOfDay(ClockConfiguration.ZONE).toInstant();
        }
        var documents = monthly("ArchiveDocument", "createdAt", bounds);
        var requested = monthly("Loan", "requestedAt", bounds);
        var returned = monthly("Loan", "returnedAt", bounds);
        var destroyed = monthly("Destruction", "destroyedAt", bounds);
        var months = new ArrayList<MonthCounts>();
        for (int m = 0; m < 12; m++) {
            months.add(new MonthCounts(m + 1, documents[m], requested[m], returned[m], destroyed[m]));
        }
        var total = new MonthCounts(0, sum(documents), sum(requested), sum(returned), sum(destroyed));

        var thisYear = thisYear();
        var byYear = new java.util.HashMap<Integer, Long>();
        em.createQuery("select year(a.destroyOn), count(a) from Archive a where a.status = kehu.archive.ArchiveStatus.CLOSED "
                        + "and a.destroyOn < :until group by year(a.destroyOn)", Object[].class)
                .setParameter("until", LocalDate.of(thisYear + DUE_YEARS + 1, 1, 1))
                .getResultList().forEach(r -> byYear.put(((Number) r[0]).intValue(), number(r[1])));
        var due = new ArrayList<DueYear>();
        due.add(new DueYear(null, byYear.entrySet().stream().filter(e -> e.getKey() < thisYear)
                .mapToLong(java.util.Map.Entry::getValue).sum(), LocalDate.of(thisYear - 1, 12, 31)));
        for (int y = thisYear; y <= thisYear + DUE_YEARS; y++) {
            due.add(new DueYear(y, byYear.getOrDefault(y, 0L), LocalDate.of(y, 12, 31)));
        }
        return new Period(year, months, total, due);
    }

    /** Per month of the bounds, how many rows of the entity have {@code field} in it. Names are constants, not input. */
    private long[] monthly(String entity, String field, Instant[] bounds) {
        var select = new StringBuilder("select ");
        for (int m = 0; m < 12; m++) {
            select.append(m == 0 ? "" : ", ").append("sum(case when x.").append(field).append(" < :b").append(m + 1)
                    .append(" then 1 else 0 end)");
        }
        var q = em.createQuery(select + " from " + entity + " x where x." + field + " >= :b0 and x." + field + " < :b12",
                Object[].class);
        for (int m = 0; m <= 12; m++) {
            q.setParameter("b" + m, bounds[m]);
        }
        var cumulative = q.getSingleResult();
        var counts = new long[12];
        for (int m = 0; m < 12; m++) {
            counts[m] = number(cumulative[m]) - (m == 0 ? 0 : number(cumulative[m - 1]));
        }
        return counts;
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

}
