package kehu.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import kehu.platform.BusinessHours;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the working calendar (ORG-7): the administrator enters each year's public holidays and
 * make-up working days from the official notice, marks the year published and sets the business hours.
 * Every change is audited and takes effect for {@link kehu.platform.WorkingCalendar} as soon as it is
 * committed.
 */
@Service
@Transactional
public class CalendarManagement {

    static final String MANAGE = "hasAuthority('platform.calendar.manage')";
    /** Years the calendar can be kept for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final CalendarYears years;
    private final CalendarDays days;
    private final BusinessHoursSettings hours;
    private final CurrentWorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarManagement(CalendarYears years, CalendarDays days, BusinessHoursSettings hours,
                       CurrentWorkingCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.years = years;
        this.days = days;
        this.hours = hours;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** A year's special days and publication state; open to every signed-in user and API client. */
    @Transactional(readOnly = true)
    public YearSchedule schedule(int year) {
        requireYear(year);
        var row = years.findByYear(year);
        return new YearSchedule(year, row.map(CalendarYear::isPublished).orElse(false),
                row.map(CalendarYear::getNote).orElse(null), calendar.businessHours(), daysOf(year));
    }

    /** The calendar page of a year. */
    @PreAuthorize(MANAGE)
    @Transactional(readOnly = true)
    public CalendarYearView view(int year) {
        requireYear(year);
        var row = years.findByYear(year);
        var known = new TreeSet<Integer>();
        years.findAllByOrderByYearAsc().forEach(y -> known.add(y.getYear()));
        int current = LocalDate.now(clock.withZone(calendar.rules().zone())).getYear();
        known.add(current);
        known.add(current + 1);
        known.add(year);
        return CalendarYearView.of(year, row.map(CalendarYear::isPublished).orElse(false),
                row.map(CalendarYear::getNote).orElse(null), calendar.rules(), daysOf(year), List.copyOf(known));
    }

    /** Enters a public holiday or make-up working day of {@code year}. */
    @PreAuthorize(MANAGE)
    public SpecialDay addDay(int year, CalendarDayForm form) {
        requireYear(year);
        var violations = new ArrayList<FieldViolation>();
        var name = form.name() == null ? "" : form.name().strip();
        if (form.date() == null) {
            violations.add(new FieldViolation("date", "validation.required"));
        } else if (form.date().getYear() != year) {
            violations.add(new FieldViolation("date", "calendar.day.outsideYear", String.valueOf(year)));
        } else if (days.existsByDate(form.date())) {
            violations.add(new FieldViolation("date", "calendar.day.duplicate", form.date().toString()));
        }
        if (form.kind() == null) {
            violations.add(new FieldViolation("kind", "validation.required"));
        } else if (form.kind() == DayKind.MAKEUP_WORKDAY && form.date() != null && WorkingTimeRules.isWeekday(form.date())) {
            violations.add(new FieldViolation("kind", "calendar.day.makeupOnWeekday"));
        }
        if (name.isEmpty()) {
            violations.add(new FieldViolation("name", "validation.required"));
        } else if (name.length() > CalendarDayForm.NAME_MAX) {
            violations.add(new FieldViolation("name", "validation.tooLong", CalendarDayForm.NAME_MAX));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var day = new SpecialDay(form.date(), form.kind(), name);
        days.save(new CalendarDay(day));
        audit("calendar.day.add", "calendar-day", day.date(), null, describe(day));
        calendar.reloadAfterCommit();
        return day;
    }

    /** Removes a public holiday or make-up working day: the date becomes an ordinary day again. */
    @PreAuthorize(MANAGE)
    public void removeDay(LocalDate date) {
        var day = days.findByDate(date).orElseThrow(() -> new NotFoundException("calendar-day", date));
        days.delete(day);
        audit("calendar.day.remove", "calendar-day", date, describe(day.toSpecialDay()), null);
        calendar.reloadAfterCommit();
    }

    /** Marks a year's schedule as published (complete) or not. */
    @PreAuthorize(MANAGE)
    public void publish(int year, PublicationForm form) {
        requireYear(year);
        if (form.published() == null) {
            throw DomainException.invalid("published", "validation.required");
        }
        var note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > PublicationForm.NOTE_MAX) {
            throw DomainException.invalid("note", "validation.tooLong", PublicationForm.NOTE_MAX);
        }
        var row = years.findByYear(year).orElseGet(() -> years.save(new CalendarYear(year)));
        var before = "published=" + row.isPublished() + ", note=" + row.getNote();
        row.markPublished(form.published(), note);
        audit(form.published() ? "calendar.year.publish" : "calendar.year.unpublish", "calendar-year", year, before,
                "published=" + row.isPublished() + ", note=" + row.getNote());
        calendar.reloadAfterCommit();
    }

    /** Changes the business hours of every working day. */
    @PreAuthorize(MANAGE)
    public BusinessHours changeBusinessHours(BusinessHoursForm form) {
        var changed = form.toBusinessHours(); // refuses inconsistent hours
        var row = hours.findFirstByOrderByIdAsc().orElse(null);
        var before = row == null ? BusinessHours.DEFAULT : row.toBusinessHours();
        if (row == null) {
            hours.save(new BusinessHoursSetting(changed));
        } else {
            row.change(changed);
        }
        audit("calendar.hours.change", "business-hours", null, before.toString(), changed.toString());
        calendar.reloadAfterCommit();
        return changed;
    }

    private List<SpecialDay> daysOf(int year) {
        return days.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarDay::toSpecialDay).toList();
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid("year", "calendar.year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    private static String describe(SpecialDay day) {
        return "date=" + day.date() + ", kind=" + day.kind() + ", name=" + day.name();
    }

    private void audit(String action, String targetType, Object id, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), targetType, id,
                before, after, clock.instant()));
    }
}
