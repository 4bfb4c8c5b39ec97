package kehu.platform.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;

import kehu.platform.BusinessHours;
import kehu.platform.WorkingCalendar;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the working calendar (ORG-7). Reading is open to every signed-in user and API client;
 * writing needs {@code platform.calendar.manage}. Instants are ISO-8601 ({@code 2025-09-26T08:00:00Z} or
 * with an offset, {@code +} encoded as {@code %2B}); a date-time without offset is read in Asia/Shanghai.
 *
 * <ul>
 * <li>{@code GET /api/v1/calendar/{year}}: the year's public holidays and make-up working days
 *     ({@code days: [{date, kind: HOLIDAY|MAKEUP_WORKDAY, name}]}), {@code published}, {@code note} and the
 *     {@code businessHours}.</li>
 * <li>{@code GET /api/v1/calendar/working-time?from=T&workingDays=N}: the instant N working days after T, at
 *     the same time of day (outside business hours counting starts at the next start of business hours).</li>
 * <li>{@code GET /api/v1/calendar/working-time?from=T&workingHours=H}: the instant when H working hours
 *     (decimal, e.g. {@code 1.5}) have passed since T, counting business hours on working days only.</li>
 * <li>{@code GET /api/v1/calendar/working-time?from=T&to=U}: the working time between T and U.</li>
 * <li>{@code POST /api/v1/calendar/{year}/days} {@code {date, kind, name}}: enters a day (201).</li>
 * <li>{@code DELETE /api/v1/calendar/days/{date}}: removes a day (204).</li>
 * <li>{@code PUT /api/v1/calendar/{year}/publication} {@code {published, note}}: marks the year published (204).</li>
 * <li>{@code PUT /api/v1/calendar/business-hours} {@code {start, end, lunchStart, lunchEnd}} ({@code "09:00"}).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    static final int MAX_WORKING_DAYS = 10_000;
    static final BigDecimal MAX_WORKING_HOURS = BigDecimal.valueOf(100_000);

    private final CalendarManagement management;
    private final WorkingCalendar calendar;

    CalendarApi(CalendarManagement management, WorkingCalendar calendar) {
        this.management = management;
        this.calendar = calendar;
    }

    /** An answer to "N working days / H working hours after T". */
    record WorkingTimeAnswer(Instant from, Integer workingDays, BigDecimal workingHours, Instant result,
                             String resultLocal) {
    }

    /** An answer to "working time between T and U". */
    record WorkingTimeBetween(Instant from, Instant to, long workingSeconds, String workingTime) {
    }

    @GetMapping("/{year}")
    YearSchedule year(@PathVariable int year) {
        return management.schedule(year);
    }

    @GetMapping("/working-time")
    Object workingTime(@RequestParam String from, @RequestParam(required = false) Integer workingDays,
                       @RequestParam(required = false) BigDecimal workingHours,
                       @RequestParam(required = false) String to) {
        var start = instant("from", from);
        int given = (workingDays == null ? 0 : 1) + (workingHours == null ? 0 : 1) + (to == null ? 0 : 1);
        if (given != 1) {
            throw DomainException.invalid("workingDays", "calendar.api.oneOf");
        }
        if (to != null) {
            var end = instant("to", to);
            var time = calendar.workingTimeBetween(start, end);
            return new WorkingTimeBetween(start, end, time.toSeconds(), time.toString());
        }
        Instant result;
        if (workingDays != null) {
            if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
                throw DomainException.invalid("workingDays", "calendar.api.range", "0", String.valueOf(MAX_WORKING_DAYS));
            }
            result = calendar.addWorkingDays(start, workingDays);
        } else {
            if (workingHours.signum() < 0 || workingHours.compareTo(MAX_WORKING_HOURS) > 0) {
                throw DomainException.invalid("workingHours", "calendar.api.range", "0", MAX_WORKING_HOURS.toPlainString());
            }
            long seconds = workingHours.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).longValueExact();
            result = calendar.addWorkingHours(start, Duration.ofSeconds(seconds));
        }
        return new WorkingTimeAnswer(start, workingDays, workingHours, result,
                result.atZone(ClockConfiguration.ZONE).toOffsetDateTime().toString());
    }

    @PostMapping("/{year}/days")
    @ResponseStatus(HttpStatus.CREATED)
    SpecialDay addDay(@PathVariable int year, @Valid @RequestBody CalendarDayForm form) {
        return management.addDay(year, form);
    }

    @DeleteMapping("/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        management.removeDay(date);
    }

    @PutMapping("/{year}/publication")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void publish(@PathVariable int year, @Valid @RequestBody PublicationForm form) {
        management.publish(year, form);
    }

    @PutMapping("/business-hours")
    BusinessHours businessHours(@Valid @RequestBody BusinessHoursForm form) {
        return management.changeBusinessHours(form);
    }

    private static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ClockConfiguration.ZONE).toInstant();
            } catch (DateTimeException e) {
                throw DomainException.invalid(field, "error.field.format");
            }
        }
    }
}
