package kehu.archive;

import java.time.Clock;
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

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archive statistics (ARC-11, first part): archives by category with how many are incomplete and closed, by status
 * and integrity; loans awaiting approval, out and overdue; archives destroyable now and within a year. Over all
 * archives, for the archive room ({@code archive.manage}).
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

    private final Archives archives;
    private final Categories categories;
    private final Loans loans;
    private final Clock clock;

    ArchiveStatistics(Archives archives, Categories categories, Loans loans, Clock clock) {
        this.archives = archives;
        this.categories = categories;
        this.loans = loans;
        this.clock = clock;
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

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

}
