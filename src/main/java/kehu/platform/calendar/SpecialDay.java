package kehu.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday or make-up working day, with the name of the holiday it belongs to (e.g. 国庆节). */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static SpecialDay holiday(LocalDate date, String name) {
        return new SpecialDay(date, DayKind.HOLIDAY, name);
    }

    public static SpecialDay makeupWorkday(LocalDate date, String name) {
        return new SpecialDay(date, DayKind.MAKEUP_WORKDAY, name);
    }
}
