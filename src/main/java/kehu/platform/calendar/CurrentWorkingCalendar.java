package kehu.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

import kehu.platform.BusinessHours;
import kehu.platform.WorkingCalendar;
import kehu.platform.cache.CacheSettings;
import kehu.platform.cache.Snapshot;
import kehu.shared.ClockConfiguration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link WorkingCalendar} other modules inject: the stored schedule as {@link WorkingTimeRules},
 * kept in memory and rebuilt after an administrator's edit (see {@link Snapshot}).
 */
@Component
class CurrentWorkingCalendar implements WorkingCalendar {

    private final Snapshot<WorkingTimeRules> rules;

    CurrentWorkingCalendar(CalendarYears years, CalendarDays days, BusinessHoursSettings hours,
                           PlatformTransactionManager transactions, CacheSettings cache) {
        var tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        this.rules = new Snapshot<>(() -> tx.execute(status -> new WorkingTimeRules(
                days.findAll().stream().map(CalendarDay::toSpecialDay).toList(),
                years.findAll().stream().filter(CalendarYear::isPublished).map(CalendarYear::getYear)
                        .collect(Collectors.toSet()),
                hours.findFirstByOrderByIdAsc().map(BusinessHoursSetting::toBusinessHours).orElse(BusinessHours.DEFAULT),
                ClockConfiguration.ZONE)), cache.maxAge());
    }

    /** The rules as they stand (from memory). */
    WorkingTimeRules rules() {
        return rules.get();
    }

    /** Called by every change of the schedule: rebuild the rules once the change is committed. */
    void reloadAfterCommit() {
        rules.invalidateAfterCommit();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return rules().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int n) {
        return rules().addWorkingDays(date, n);
    }

    @Override
    public Instant addWorkingDays(Instant t, int n) {
        return rules().addWorkingDays(t, n);
    }

    @Override
    public Instant addWorkingHours(Instant t, Duration d) {
        return rules().addWorkingHours(t, d);
    }

    @Override
    public Duration workingTimeBetween(Instant a, Instant b) {
        return rules().workingTimeBetween(a, b);
    }

    @Override
    public boolean isPublished(int year) {
        return rules().isPublished(year);
    }

    @Override
    public BusinessHours businessHours() {
        return rules().hours();
    }
}
