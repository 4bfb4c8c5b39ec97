package kehu.platform;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

/**
 * The hours worked on a working day (ORG-7): one period from {@code start} to {@code end}, optionally
 * interrupted by a lunch break. Refuses inconsistent hours with field violations named after its
 * components, so a form showing them gets the errors next to its fields.
 *
 * @param start      start of the working day, e.g. 09:00
 * @param end        end of the working day, after {@code start}, e.g. 17:30
 * @param lunchStart start of the lunch break, or null for none
 * @param lunchEnd   end of the lunch break, or null for none
 */
public record BusinessHours(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {

    /** 09:00 to 17:30 without a lunch break: what a new installation starts with. */
    public static final BusinessHours DEFAULT = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30), null, null);

    /** One uninterrupted stretch of working time within a day. */
    public record Period(LocalTime from, LocalTime to) {

        public Duration length() {
            return Duration.between(from, to);
        }
    }

    public BusinessHours {
        var violations = new ArrayList<FieldViolation>();
        if (start == null) {
            violations.add(new FieldViolation("start", "validation.required"));
        }
        if (end == null) {
            violations.add(new FieldViolation("end", "validation.required"));
        }
        if (start != null && end != null && !start.isBefore(end)) {
            violations.add(new FieldViolation("end", "calendar.hours.endNotAfterStart"));
        }
        if ((lunchStart == null) != (lunchEnd == null)) {
            violations.add(new FieldViolation(lunchStart == null ? "lunchStart" : "lunchEnd", "calendar.hours.lunchIncomplete"));
        } else if (lunchStart != null && violations.isEmpty()
                && !(start.isBefore(lunchStart) && lunchStart.isBefore(lunchEnd) && lunchEnd.isBefore(end))) {
            violations.add(new FieldViolation("lunchStart", "calendar.hours.lunchOutside"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }

    public boolean hasLunchBreak() {
        return lunchStart != null;
    }

    /** The working periods of a working day, in order. */
    public List<Period> periods() {
        return hasLunchBreak()
                ? List.of(new Period(start, lunchStart), new Period(lunchEnd, end))
                : List.of(new Period(start, end));
    }

    /** Working time of one full working day. */
    public Duration perDay() {
        var total = Duration.between(start, end);
        return hasLunchBreak() ? total.minus(Duration.between(lunchStart, lunchEnd)) : total;
    }
}
