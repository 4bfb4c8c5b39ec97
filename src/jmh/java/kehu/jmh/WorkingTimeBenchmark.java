package kehu.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import kehu.platform.BusinessHours;
import kehu.platform.calendar.DayKind;
import kehu.platform.calendar.SpecialDay;
import kehu.platform.calendar.WorkingTimeRules;
import kehu.shared.ClockConfiguration;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-time computation (ORG-7), which every time limit, SLA clock and overdue list calls, often
 * once per row: the shipped official holiday schedules (read from the calendar migration), business
 * hours with a lunch break, Asia/Shanghai.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingTimeBenchmark {

    private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|MAKEUP_WORKDAY)', '([^']*)'\\)");

    private WorkingTimeRules rules;
    /** A Friday evening before the National Day holidays: the clock has to skip a whole holiday week. */
    private final Instant beforeHoliday = Instant.parse("2026-09-30T10:15:00Z");
    private final Instant monday = Instant.parse("2026-03-02T01:30:00Z");
    private final Instant monthsLater = Instant.parse("2026-11-20T07:45:00Z");

    @Setup
    public void rules() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/platform/V2_2__calendar.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var days = new ArrayList<SpecialDay>();
        var years = new HashSet<Integer>();
        var m = DAY.matcher(sql);
        while (m.find()) {
            var date = LocalDate.parse(m.group(1));
            days.add(new SpecialDay(date, DayKind.valueOf(m.group(2)), m.group(3)));
            years.add(date.getYear());
        }
        if (days.isEmpty()) {
            throw new IllegalStateException("no special days found in the calendar migration");
        }
        var hours = new BusinessHours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30),
                java.time.LocalTime.of(12, 0), java.time.LocalTime.of(13, 30));
        rules = new WorkingTimeRules(days, years, hours, ClockConfiguration.ZONE);
        rules.isWorkingDay(LocalDate.of(2026, 1, 1)); // year tables built before measuring
    }

    @Benchmark
    public Instant addEightWorkingHours() {
        return rules.addWorkingHours(monday, Duration.ofHours(8));
    }

    @Benchmark
    public Instant addSixteenWorkingHoursOverTheNationalDayHolidays() {
        return rules.addWorkingHours(beforeHoliday, Duration.ofHours(16));
    }

    @Benchmark
    public Instant addThreeWorkingDays() {
        return rules.addWorkingDays(beforeHoliday, 3);
    }

    @Benchmark
    public Duration workingTimeOverEightMonths() {
        return rules.workingTimeBetween(monday, monthsLater);
    }
}
