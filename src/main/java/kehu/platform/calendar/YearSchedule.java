package kehu.platform.calendar;

import java.util.List;

import kehu.platform.BusinessHours;

/** A year's schedule as the REST API shows it. */
public record YearSchedule(int year, boolean published, String note, BusinessHours businessHours,
                           List<SpecialDay> days) {
}
