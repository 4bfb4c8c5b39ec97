package kehu.platform.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import kehu.platform.BusinessHours;

/**
 * The rule of working time (ORG-7), as a plain immutable value: built from the special days (public
 * holidays and make-up working days), the years whose official schedule is published, the business
 * hours and the time zone. It answers everything {@link kehu.platform.WorkingCalendar} promises; see
 * there for the exact definitions. No Spring, no database: tests build it directly.
 *
 * <p>Per year it computes, on first use, a table of working days with running counts, so that
 * "is this a working day" is an array lookup and the working time between two instants far apart
 * does not walk every day in between.
 */
public final class WorkingTimeRules {

    private static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

    private final Map<LocalDate, SpecialDay> specialDays;
    private final Set<Integer> publishedYears;
    private final BusinessHours hours;
    private final ZoneId zone;
    private final long[][] periods; // [i] = {from, to} in nanos of the day
    private final long perDayNanos;
    private final Map<Integer, YearTable> years = new ConcurrentHashMap<>();

    public WorkingTimeRules(Collection<SpecialDay> specialDays, Set<Integer> publishedYears, BusinessHours hours,
                            ZoneId zone) {
        var days = new HashMap<LocalDate, SpecialDay>();
        for (var day : specialDays) {
            if (days.put(day.date(), day) != null) {
                throw new IllegalArgumentException("Two entries for " + day.date());
            }
        }
        this.specialDays = Map.copyOf(days);
        this.publishedYears = Set.copyOf(publishedYears);
        this.hours = hours;
        this.zone = zone;
        this.periods = hours.periods().stream()
                .map(p -> new long[] {p.from().toNanoOfDay(), p.to().toNanoOfDay()})
                .toArray(long[][]::new);
        this.perDayNanos = hours.perDay().toNanos();
    }

    /** No holidays and no make-up days at all: Monday to Friday, every year unpublished. */
    public static WorkingTimeRules plainWeekdays(BusinessHours hours, ZoneId zone) {
        return new WorkingTimeRules(Set.of(), Set.of(), hours, zone);
    }

    public BusinessHours hours() {
        return hours;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    public Optional<SpecialDay> specialDay(LocalDate date) {
        return Optional.ofNullable(specialDays.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).working[date.getDayOfYear() - 1];
    }

    /** What the day would be without any special day: Monday to Friday. */
    static boolean isWeekday(LocalDate date) {
        var dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** See {@link kehu.platform.WorkingCalendar#addWorkingDays(LocalDate, int)}. */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        requireNotNegative(n);
        var day = date;
        var left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** See {@link kehu.platform.WorkingCalendar#addWorkingDays(Instant, int)}. */
    public Instant addWorkingDays(Instant t, int n) {
        requireNotNegative(n);
        var local = t.atZone(zone);
        var date = local.toLocalDate();
        var time = local.toLocalTime();
        if (isWorkingDay(date) && !time.isBefore(hours.start()) && !time.isAfter(hours.end())) {
            return ZonedDateTime.of(addWorkingDays(date, n), time, zone).toInstant();
        }
        var countFrom = isWorkingDay(date) && time.isBefore(hours.start()) ? date : nextWorkingDay(date);
        return ZonedDateTime.of(addWorkingDays(countFrom, n), hours.start(), zone).toInstant();
    }

    /** See {@link kehu.platform.WorkingCalendar#addWorkingHours(Instant, Duration)}. */
    public Instant addWorkingHours(Instant t, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + d);
        }
        if (d.isZero()) {
            return t;
        }
        var local = t.atZone(zone);
        var date = local.toLocalDate();
        long time = local.toLocalTime().toNanoOfDay();
        long left = d.toNanos();
        while (true) {
            if (isWorkingDay(date)) {
                if (time == 0 && left > perDayNanos) {
                    left -= perDayNanos; // a whole working day
                } else {
                    for (var period : periods) {
                        if (time >= period[1]) {
                            continue;
                        }
                        long from = Math.max(time, period[0]);
                        long available = period[1] - from;
                        if (left <= available) {
                            return ZonedDateTime.of(date, LocalTime.ofNanoOfDay(from + left), zone).toInstant();
                        }
                        left -= available;
                    }
                }
            }
            date = date.plusDays(1);
            time = 0;
        }
    }

    /** See {@link kehu.platform.WorkingCalendar#workingTimeBetween(Instant, Instant)}. */
    public Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        var from = a.atZone(zone);
        var to = b.atZone(zone);
        var firstDay = from.toLocalDate();
        var lastDay = to.toLocalDate();
        long fromTime = from.toLocalTime().toNanoOfDay();
        long toTime = to.toLocalTime().toNanoOfDay();
        if (firstDay.equals(lastDay)) {
            return Duration.ofNanos(workingNanos(firstDay, fromTime, toTime));
        }
        long total = workingNanos(firstDay, fromTime, NANOS_PER_DAY)
                + workingNanos(lastDay, 0, toTime)
                + (long) workingDaysBetween(firstDay.plusDays(1), lastDay) * perDayNanos;
        return Duration.ofNanos(total);
    }

    /** Number of working days from {@code fromInclusive} up to but excluding {@code toExclusive}. */
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        if (!fromInclusive.isBefore(toExclusive)) {
            return 0;
        }
        int count = 0;
        for (int year = fromInclusive.getYear(); year <= toExclusive.getYear(); year++) {
            var table = table(year);
            int start = year == fromInclusive.getYear() ? fromInclusive.getDayOfYear() - 1 : 0;
            int end = year == toExclusive.getYear() ? toExclusive.getDayOfYear() - 1 : table.working.length;
            count += table.before[end] - table.before[start];
        }
        return count;
    }

    /** Working time on one date between two times of day (nanos of the day, {@code to} up to 24:00). */
    private long workingNanos(LocalDate date, long from, long to) {
        if (!isWorkingDay(date) || to <= from) {
            return 0;
        }
        long sum = 0;
        for (var period : periods) {
            long start = Math.max(from, period[0]);
            long end = Math.min(to, period[1]);
            if (end > start) {
                sum += end - start;
            }
        }
        return sum;
    }

    private YearTable table(int year) {
        var table = years.get(year);
        return table != null ? table : years.computeIfAbsent(year, this::buildTable);
    }

    private YearTable buildTable(int year) {
        var first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        var working = new boolean[length];
        var before = new int[length + 1];
        for (int i = 0; i < length; i++) {
            var date = first.plusDays(i);
            var special = specialDays.get(date);
            working[i] = special == null ? isWeekday(date) : special.kind() == DayKind.MAKEUP_WORKDAY;
            before[i + 1] = before[i] + (working[i] ? 1 : 0);
        }
        return new YearTable(working, before);
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
    }

    /** One year: working[i] for day-of-year i + 1; before[i] = working days among the first i days. */
    private record YearTable(boolean[] working, int[] before) {
    }
}
