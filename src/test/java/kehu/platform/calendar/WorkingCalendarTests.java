package kehu.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import kehu.platform.BusinessHours;
import kehu.platform.WorkingCalendar;
import kehu.shared.AuditableAction;
import kehu.shared.ClockConfiguration;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The working calendar other modules inject, on the schedules shipped in the migration. */
@KehuTest
@RecordApplicationEvents
class WorkingCalendarTests {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CalendarManagement management;

    @Autowired
    ApplicationEvents events;

    static Instant shanghai(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ClockConfiguration.ZONE).toInstant();
    }

    @Test
    void threeWorkingDaysAfterFriday1600BeforeTheNationalDayHolidayLandOnTheRightDay() {
        // 2025: Sunday 9/28 is a make-up working day
        assertThat(calendar.addWorkingDays(shanghai(2025, 9, 26, 16, 0), 3)).isEqualTo(shanghai(2025, 9, 30, 16, 0));
        // 2026: Sunday 9/20 is a make-up working day
        assertThat(calendar.addWorkingDays(shanghai(2026, 9, 18, 16, 0), 3)).isEqualTo(shanghai(2026, 9, 22, 16, 0));
        // 2026: Wednesday 9/30, then 10/1-10/7 off, Thursday 10/8, Friday 10/9
        assertThat(calendar.addWorkingDays(shanghai(2026, 9, 29, 16, 0), 3)).isEqualTo(shanghai(2026, 10, 9, 16, 0));
    }

    @Test
    void shippedSchedulesKnowTheOfficialHolidaysAndMakeupDays() {
        assertThat(calendar.isPublished(2025)).isTrue();
        assertThat(calendar.isPublished(2026)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("2025 Spring Festival make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 4))).as("last day of 2025 Spring Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025 National Day, a Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("2026 New Year make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("2026 Spring Festival, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).as("2026 Labour Day make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 19))).as("2026 Dragon Boat, a Friday").isFalse();
        assertThat(calendar.businessHours()).isEqualTo(BusinessHours.DEFAULT);
    }

    @Test
    void workingHoursSkipTheWeekendAndTheHolidayButCountTheMakeupDay() {
        // Friday 2025-09-26 16:00 + 4 h: 1.5 h on Friday, Saturday off, 2.5 h on the make-up Sunday
        assertThat(calendar.addWorkingHours(shanghai(2025, 9, 26, 16, 0), Duration.ofHours(4))).isEqualTo(shanghai(2025, 9, 28, 11, 30));
        // Tuesday 2025-09-30 16:00 + 4 h: 1.5 h, then 10/1-10/8 off, 2.5 h on Thursday 10/9
        assertThat(calendar.addWorkingHours(shanghai(2025, 9, 30, 16, 0), Duration.ofHours(4))).isEqualTo(shanghai(2025, 10, 9, 11, 30));
        assertThat(calendar.workingTimeBetween(shanghai(2025, 9, 30, 16, 0), shanghai(2025, 10, 9, 11, 30))).isEqualTo(Duration.ofHours(4));
        // Friday 2026-02-13 17:00 + 1 h: 0.5 h, the make-up Saturday 2/14 is worked
        assertThat(calendar.addWorkingHours(shanghai(2026, 2, 13, 17, 0), Duration.ofHours(1))).isEqualTo(shanghai(2026, 2, 14, 9, 30));
    }

    @Test
    void anUnpublishedYearIsPlainWeekdaysAndSaysSo() {
        assertThat(calendar.isPublished(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).as("no guessed National Day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 2))).isFalse();
        // Friday 2027-09-24 16:00 + 3 working days: Monday, Tuesday, Wednesday
        assertThat(calendar.addWorkingDays(shanghai(2027, 9, 24, 16, 0), 3)).isEqualTo(shanghai(2027, 9, 29, 16, 0));
        assertThat(management.schedule(2027).published()).isFalse();
        assertThat(management.schedule(2027).days()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsNewHolidayChangesTheAnswerAtOnce() {
        var friday = shanghai(2030, 5, 3, 10, 0); // 2030 is not published: plain weekdays
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(shanghai(2030, 5, 6, 10, 0));
        var monday = LocalDate.of(2030, 5, 6);
        try {
            management.addDay(2030, new CalendarDayForm(monday, DayKind.HOLIDAY, "劳动节"));
            assertThat(calendar.isWorkingDay(monday)).isFalse();
            assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(shanghai(2030, 5, 7, 10, 0));
            assertThat(calendar.addWorkingHours(friday, Duration.ofHours(8))).isEqualTo(shanghai(2030, 5, 7, 9, 30));
            assertThat(events.stream(AuditableAction.class))
                    .anySatisfy(a -> {
                        assertThat(a.action()).isEqualTo("calendar.day.add");
                        assertThat(a.actor()).isEqualTo("admin");
                        assertThat(a.targetId()).isEqualTo("2030-05-06");
                        assertThat(a.after()).contains("HOLIDAY", "劳动节");
                    });
        } finally {
            management.removeDay(monday);
        }
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(shanghai(2030, 5, 6, 10, 0));
        assertThat(events.stream(AuditableAction.class)).anySatisfy(a -> assertThat(a.action()).isEqualTo("calendar.day.remove"));
    }

    @Test
    @WithUserDetails("admin")
    void changedBusinessHoursChangeTheSlaClock() {
        var monday = shanghai(2026, 3, 9, 11, 0);
        assertThat(calendar.addWorkingHours(monday, Duration.ofHours(2))).isEqualTo(shanghai(2026, 3, 9, 13, 0));
        try {
            management.changeBusinessHours(new BusinessHoursForm(LocalTime.of(8, 30), LocalTime.of(17, 30),
                    LocalTime.of(12, 0), LocalTime.of(13, 30)));
            assertThat(calendar.businessHours().lunchStart()).isEqualTo(LocalTime.of(12, 0));
            assertThat(calendar.addWorkingHours(monday, Duration.ofHours(2))).isEqualTo(shanghai(2026, 3, 9, 14, 30));
        } finally {
            management.changeBusinessHours(new BusinessHoursForm(LocalTime.of(9, 0), LocalTime.of(17, 30), null, null));
        }
        assertThat(calendar.businessHours()).isEqualTo(BusinessHours.DEFAULT);
    }
}
