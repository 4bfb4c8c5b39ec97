package kehu.platform.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add a public holiday or make-up working day. {@link CalendarManagement} also checks that the date lies
 * in the year being edited, is not entered yet, and that a make-up working day is a Saturday or Sunday.
 */
public record CalendarDayForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull(message = "{validation.required}") DayKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = CalendarDayForm.NAME_MAX, message = "{validation.maxLength}")
        @PlainText String name) {

    static final int NAME_MAX = 50;

    static CalendarDayForm empty() {
        return new CalendarDayForm(null, DayKind.HOLIDAY, "");
    }
}
