package kehu.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import kehu.platform.BusinessHours;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

import org.junit.jupiter.api.Test;

/** The rule of working time on its own: no Spring, no database. */
class WorkingTimeRulesTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessHours NINE_TO_HALF_FIVE = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30), null, null);
    static final BusinessHours WITH_LUNCH = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30),
            LocalTime.of(12, 0), LocalTime.of(13, 30));

    /** Mid-Autumn Festival and National Day 2026 as the State Council published them (notice of 2025-11-04). */
    static List<SpecialDay> autumn2026() {
        var days = new ArrayList<SpecialDay>();
        days.add(SpecialDay.makeupWorkday(LocalDate.of(2026, 9, 20), "国庆节"));
        for (int d = 25; d <= 27; d++) {
            days.add(SpecialDay.holiday(LocalDate.of(2026, 9, d), "中秋节"));
        }
        for (int d = 1; d <= 7; d++) {
            days.add(SpecialDay.holiday(LocalDate.of(2026, 10, d), "国庆节"));
        }
        days.add(SpecialDay.makeupWorkday(LocalDate.of(2026, 10, 10), "国庆节"));
        return days;
    }

    static WorkingTimeRules autumn2026Rules(BusinessHours hours) {
        return new WorkingTimeRules(autumn2026(), Set.of(2026), hours, SHANGHAI);
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void weekdaysWorkAndWeekendsRestWhenNothingIsEntered() {
        var rules = WorkingTimeRules.plainWeekdays(NINE_TO_HALF_FIVE, SHANGHAI);
        assertThat(rules.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue(); // a Friday: no guessing of holidays
        assertThat(rules.isWorkingDay(LocalDate.of(2027, 10, 2))).isFalse(); // Saturday
        assertThat(rules.isPublished(2027)).isFalse();
    }

    @Test
    void holidaysRestAndMakeupDaysWork() {
        var rules = autumn2026Rules(NINE_TO_HALF_FIVE);
        assertThat(rules.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday make-up day").isTrue();
        assertThat(rules.isWorkingDay(LocalDate.of(2026, 9, 25))).as("Friday, Mid-Autumn").isFalse();
        assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 8))).as("Thursday after the holiday").isTrue();
        assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday make-up day").isTrue();
        assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 11))).as("ordinary Sunday").isFalse();
        assertThat(rules.isPublished(2026)).isTrue();
        assertThat(rules.specialDay(LocalDate.of(2026, 10, 1))).contains(SpecialDay.holiday(LocalDate.of(2026, 10, 1), "国庆节"));
    }

    @Test
    void workingDaysAreCountedAfterTheGivenDate() {
        var rules = autumn2026Rules(NINE_TO_HALF_FIVE);
        assertThat(rules.addWorkingDays(LocalDate.of(2026, 9, 18), 0)).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(rules.addWorkingDays(LocalDate.of(2026, 9, 18), 1)).as("Sunday make-up day").isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(rules.addWorkingDays(LocalDate.of(2026, 9, 24), 1)).as("over Mid-Autumn and the weekend").isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(rules.addWorkingDays(LocalDate.of(2026, 9, 19), 1)).as("from a Saturday").isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(rules.addWorkingDays(LocalDate.of(2026, 9, 30), 2)).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(rules.addWorkingDays(LocalDate.of(2026, 10, 9), 1)).as("Saturday make-up day").isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void threeWorkingDaysAfterFridayAfternoonBeforeNationalDayLandOnTuesday() {
        var rules = autumn2026Rules(NINE_TO_HALF_FIVE);
        assertThat(rules.addWorkingDays(at(2026, 9, 18, 16, 0), 3)).isEqualTo(at(2026, 9, 22, 16, 0));
        assertThat(rules.addWorkingDays(at(2026, 9, 29, 16, 0), 3)).isEqualTo(at(2026, 10, 9, 16, 0));
    }

    @Test
    void workingDaysFromOutsideBusinessHoursCountFromTheNextStart() {
        var rules = WorkingTimeRules.plainWeekdays(NINE_TO_HALF_FIVE, SHANGHAI);
        // 2027-01-08 is a Friday
        assertThat(rules.addWorkingDays(at(2027, 1, 8, 20, 0), 1)).as("Friday evening").isEqualTo(at(2027, 1, 12, 9, 0));
        assertThat(rules.addWorkingDays(at(2027, 1, 11, 7, 0), 1)).as("Monday early").isEqualTo(at(2027, 1, 12, 9, 0));
        assertThat(rules.addWorkingDays(at(2027, 1, 9, 10, 0), 0)).as("Saturday, zero days").isEqualTo(at(2027, 1, 11, 9, 0));
        assertThat(rules.addWorkingDays(at(2027, 1, 8, 17, 30), 1)).as("end of day is inside").isEqualTo(at(2027, 1, 11, 17, 30));
        assertThat(rules.addWorkingDays(at(2027, 1, 8, 9, 0), 5)).as("start of day is inside").isEqualTo(at(2027, 1, 15, 9, 0));
    }

    @Test
    void workingHoursSkipTheWeekendAndTheHoliday() {
        var rules = autumn2026Rules(NINE_TO_HALF_FIVE);
        // 2026-09-11 Friday 16:00 + 3 h: 1.5 h on Friday, 1.5 h on Monday
        assertThat(rules.addWorkingHours(at(2026, 9, 11, 16, 0), Duration.ofHours(3))).isEqualTo(at(2026, 9, 14, 10, 30));
        // Wednesday 2026-09-30 16:00 + 4 h: 1.5 h, then 1-7 October off, 2.5 h on Thursday 8 October
        assertThat(rules.addWorkingHours(at(2026, 9, 30, 16, 0), Duration.ofHours(4))).isEqualTo(at(2026, 10, 8, 11, 30));
        // Friday 2026-09-18 16:00 + 4 h: the Sunday make-up day is worked
        assertThat(rules.addWorkingHours(at(2026, 9, 18, 16, 0), Duration.ofHours(4))).isEqualTo(at(2026, 9, 20, 11, 30));
    }

    @Test
    void workingHoursReachingTheEndOfTheDayStopThere() {
        var rules = WorkingTimeRules.plainWeekdays(NINE_TO_HALF_FIVE, SHANGHAI);
        assertThat(rules.addWorkingHours(at(2027, 1, 11, 9, 0), Duration.ofMinutes(510))).isEqualTo(at(2027, 1, 11, 17, 30));
        assertThat(rules.addWorkingHours(at(2027, 1, 11, 9, 0), Duration.ofMinutes(511))).isEqualTo(at(2027, 1, 12, 9, 1));
        assertThat(rules.addWorkingHours(at(2027, 1, 9, 3, 0), Duration.ofHours(1))).as("from Saturday").isEqualTo(at(2027, 1, 11, 10, 0));
        assertThat(rules.addWorkingHours(at(2027, 1, 9, 3, 0), Duration.ZERO)).as("zero: the instant itself").isEqualTo(at(2027, 1, 9, 3, 0));
    }

    @Test
    void theLunchBreakIsNotWorkingTime() {
        var rules = WorkingTimeRules.plainWeekdays(WITH_LUNCH, SHANGHAI);
        assertThat(rules.addWorkingHours(at(2027, 1, 11, 11, 0), Duration.ofHours(2))).isEqualTo(at(2027, 1, 11, 14, 30));
        assertThat(rules.addWorkingHours(at(2027, 1, 11, 12, 30), Duration.ofHours(1))).isEqualTo(at(2027, 1, 11, 14, 30));
        assertThat(rules.addWorkingHours(at(2027, 1, 11, 9, 0), Duration.ofHours(3))).isEqualTo(at(2027, 1, 11, 12, 0));
        assertThat(rules.workingTimeBetween(at(2027, 1, 11, 9, 0), at(2027, 1, 12, 9, 0))).isEqualTo(Duration.ofHours(7));
        assertThat(WITH_LUNCH.perDay()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void workingTimeBetweenCountsOnlyBusinessHoursOnWorkingDays() {
        var rules = autumn2026Rules(NINE_TO_HALF_FIVE);
        assertThat(rules.workingTimeBetween(at(2026, 9, 11, 16, 0), at(2026, 9, 14, 10, 0))).isEqualTo(Duration.ofMinutes(150));
        assertThat(rules.workingTimeBetween(at(2026, 9, 30, 12, 0), at(2026, 10, 8, 12, 0))).isEqualTo(Duration.ofMinutes(330 + 180));
        assertThat(rules.workingTimeBetween(at(2026, 10, 8, 12, 0), at(2026, 9, 30, 12, 0))).isEqualTo(Duration.ofMinutes(-510));
        assertThat(rules.workingTimeBetween(at(2026, 10, 3, 10, 0), at(2026, 10, 3, 12, 0))).isZero();
        // a whole year: its working days times 8.5 hours
        var days = rules.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(rules.workingTimeBetween(at(2026, 1, 1, 0, 0), at(2027, 1, 1, 0, 0))).isEqualTo(Duration.ofMinutes(510L * days));
    }

    @Test
    void workingDaysBetweenSpansYears() {
        var rules = autumn2026Rules(NINE_TO_HALF_FIVE);
        // plain 2026 has 261 weekdays; the autumn schedule takes 1 + 5 of them (9/25; 10/1, 10/2, 10/5-10/7) and adds 2 make-up days
        assertThat(rules.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(261 - 6 + 2);
        assertThat(rules.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4))).isEqualTo(2);
        assertThat(rules.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5))).isZero();
    }

    @Test
    void addingHoursAndMeasuringTimeAgreeWithMinuteByMinuteCounting() {
        var rules = autumn2026Rules(WITH_LUNCH);
        var random = new Random(20261001);
        var base = at(2026, 9, 15, 0, 0);
        for (int i = 0; i < 300; i++) {
            var t = base.plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
            var d = Duration.ofMinutes(random.nextInt(40 * 60));
            var expected = bruteForceAdd(rules, t, d);
            assertThat(rules.addWorkingHours(t, d)).as("%s + %s", t, d).isEqualTo(expected);
            var u = t.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
            assertThat(rules.workingTimeBetween(t, u)).as("%s .. %s", t, u).isEqualTo(bruteForceBetween(rules, t, u));
        }
    }

    @Test
    void negativeArgumentsAreRefused() {
        var rules = WorkingTimeRules.plainWeekdays(NINE_TO_HALF_FIVE, SHANGHAI);
        assertThatThrownBy(() -> rules.addWorkingDays(LocalDate.of(2027, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.addWorkingHours(at(2027, 1, 1, 9, 0), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inconsistentBusinessHoursAreRefusedFieldByField() {
        assertThatThrownBy(() -> new BusinessHours(LocalTime.of(18, 0), LocalTime.of(9, 0), null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("end"));
        assertThatThrownBy(() -> new BusinessHours(LocalTime.of(9, 0), LocalTime.of(18, 0), LocalTime.of(12, 0), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("lunchEnd"));
        assertThatThrownBy(() -> new BusinessHours(LocalTime.of(9, 0), LocalTime.of(18, 0), LocalTime.of(13, 0), LocalTime.of(12, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("lunchStart"));
    }

    private static boolean workingMinute(WorkingTimeRules rules, Instant minute) {
        var local = minute.atZone(SHANGHAI);
        if (!rules.isWorkingDay(local.toLocalDate())) {
            return false;
        }
        var time = local.toLocalTime();
        return rules.hours().periods().stream().anyMatch(p -> !time.isBefore(p.from()) && time.isBefore(p.to()));
    }

    private static Instant bruteForceAdd(WorkingTimeRules rules, Instant t, Duration d) {
        if (d.isZero()) {
            return t;
        }
        long left = d.toMinutes();
        var minute = t;
        while (true) {
            if (workingMinute(rules, minute) && --left == 0) {
                return minute.plus(Duration.ofMinutes(1));
            }
            minute = minute.plus(Duration.ofMinutes(1));
        }
    }

    private static Duration bruteForceBetween(WorkingTimeRules rules, Instant a, Instant b) {
        long minutes = 0;
        for (var m = a; m.isBefore(b); m = m.plus(Duration.ofMinutes(1))) {
            if (workingMinute(rules, m)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }
}
