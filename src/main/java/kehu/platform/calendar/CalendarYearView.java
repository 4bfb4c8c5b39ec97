package kehu.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kehu.platform.BusinessHours;

/**
 * What the calendar page shows for a year: twelve month grids (weeks from Monday), the special days
 * and whether the year is published.
 */
public record CalendarYearView(int year, boolean published, String note, BusinessHours hours, int workingDays,
                               List<Month> months, List<SpecialDay> days, List<Integer> years) {

    /** A month: its grid cells (blank cells pad the first week) and its special days, grouped into runs. */
    public record Month(YearMonth month, List<Cell> cells, List<Run> runs) {
    }

    /** Consecutive special days of the same kind and name, e.g. 10/1–10/7 国庆节. */
    public record Run(LocalDate from, LocalDate to, DayKind kind, String name) {

        public boolean single() {
            return from.equals(to);
        }
    }

    /** One cell of a month grid. */
    public record Cell(LocalDate date, boolean working, SpecialDay special) {

        static final Cell BLANK = new Cell(null, false, null);

        public boolean blank() {
            return date == null;
        }

        /** CSS classes: holiday (red), makeup (blue), weekend (grey), plain working day. */
        public String cssClass() {
            if (date == null) {
                return "d blank";
            }
            if (special != null) {
                return special.kind() == DayKind.HOLIDAY ? "d holiday" : "d makeup";
            }
            return working ? "d" : "d weekend";
        }
    }

    static CalendarYearView of(int year, boolean published, String note, WorkingTimeRules rules,
                               List<SpecialDay> days, List<Integer> years) {
        var months = new ArrayList<Month>();
        for (int m = 1; m <= 12; m++) {
            var month = YearMonth.of(year, m);
            var cells = new ArrayList<Cell>();
            int padding = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            for (int i = 0; i < padding; i++) {
                cells.add(Cell.BLANK);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                var date = month.atDay(d);
                cells.add(new Cell(date, rules.isWorkingDay(date), rules.specialDay(date).orElse(null)));
            }
            var runs = new ArrayList<Run>();
            for (var day : days) {
                if (!YearMonth.from(day.date()).equals(month)) {
                    continue;
                }
                var last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.kind() == day.kind() && last.name().equals(day.name())
                        && last.to().plusDays(1).equals(day.date())) {
                    runs.set(runs.size() - 1, new Run(last.from(), day.date(), day.kind(), day.name()));
                } else {
                    runs.add(new Run(day.date(), day.date(), day.kind(), day.name()));
                }
            }
            months.add(new Month(month, cells, runs));
        }
        var first = LocalDate.of(year, 1, 1);
        int working = rules.workingDaysBetween(first, first.plusYears(1));
        return new CalendarYearView(year, published, note, rules.hours(), working, months, days, years);
    }
}
