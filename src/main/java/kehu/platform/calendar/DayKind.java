package kehu.platform.calendar;

/** What makes a date special in the working calendar. */
public enum DayKind {

    /** A public holiday: nobody works, whatever the weekday. */
    HOLIDAY,

    /** A make-up working day (调休上班): a Saturday or Sunday that is worked. */
    MAKEUP_WORKDAY
}
