package kehu.platform.calendar;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import kehu.platform.BusinessHours;

import org.springframework.format.annotation.DateTimeFormat;

/** Change the business hours; {@link BusinessHours} checks that they are consistent. */
public record BusinessHoursForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime start,
        @NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime end,
        @DateTimeFormat(pattern = "HH:mm") LocalTime lunchStart,
        @DateTimeFormat(pattern = "HH:mm") LocalTime lunchEnd) {

    static BusinessHoursForm of(BusinessHours hours) {
        return new BusinessHoursForm(hours.start(), hours.end(), hours.lunchStart(), hours.lunchEnd());
    }

    BusinessHours toBusinessHours() {
        return new BusinessHours(start, end, lunchStart, lunchEnd);
    }
}
