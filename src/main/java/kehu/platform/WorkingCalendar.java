package kehu.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The working calendar (ORG-7) as other modules see it: which days are worked, and "N working days"
 * or "H working hours" after an instant, as deadlines and SLA clocks need them.
 *
 * <p>Days: Monday to Friday are working days and Saturday and Sunday rest days, except the public
 * holidays (rest, whatever the weekday) and make-up working days (调休: a Saturday or Sunday that is
 * worked) the administrator keeps per year. The official schedules published by the State Council are
 * shipped. A year whose schedule has not been published is computed as plain weekdays plus whatever
 * days the administrator has entered; {@link #isPublished(int)} tells it apart, and the calendar page
 * warns about it. Dates are in Asia/Shanghai; instants are UTC points in time.
 *
 * <p>All methods answer from memory (the schedule is cached and reloaded after an administrator's
 * edit), so they are cheap enough to call for every row of a large list.
 */
public interface WorkingCalendar {

    /** Whether people work on this date. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The date {@code n} working days after {@code date}: days after {@code date} are counted, only
     * working days count, and the n-th one is the answer. {@code date} itself need not be a working day
     * (a Saturday plus one working day is the next working day); {@code n = 0} answers {@code date}.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    LocalDate addWorkingDays(LocalDate date, int n);

    /**
     * The instant {@code n} working days after {@code t}, at the same time of day.
     *
     * <p>Rule for instants outside business hours: when {@code t} falls on a working day between the
     * start and the end of business hours (both included; a lunch break counts as inside), the answer is
     * the date {@code n} working days later at the same local time. Otherwise counting starts from the
     * next start of business hours — the same day's start if {@code t} is before it on a working day,
     * else the next working day's start — and the answer is {@code n} working days after that date, at
     * the start of business hours. So a request received on Friday at 20:00 with a one-day limit is due
     * on the following Tuesday at 09:00 (received, in effect, on Monday at 09:00).
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    Instant addWorkingDays(Instant t, int n);

    /**
     * The instant at which {@code d} of working time has passed since {@code t}, counting only business
     * hours on working days (what SLA clocks use). If {@code t} is outside business hours the clock starts
     * at the next start of a working period. A result that reaches the end of a period exactly is that end
     * (e.g. 17:30), not the next morning. A zero duration answers {@code t} itself.
     *
     * @throws IllegalArgumentException when {@code d} is negative
     */
    Instant addWorkingHours(Instant t, Duration d);

    /**
     * Working time between two instants: the part of the time from {@code a} (included) to {@code b}
     * (excluded) that lies in business hours on working days. Negative when {@code b} is before {@code a}
     * (e.g. how far a deadline is overrun, read the other way round).
     */
    Duration workingTimeBetween(Instant a, Instant b);

    /** Whether the administrator has entered and confirmed the official schedule of this year. */
    boolean isPublished(int year);

    /** The business hours of a working day. */
    BusinessHours businessHours();
}
