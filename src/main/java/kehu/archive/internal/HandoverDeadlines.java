package kehu.archive.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kehu.platform.WorkingCalendar;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverDeadlines extends JpaRepository<HandoverDeadline, Long> {

    /** Working days when an event has no row of its own. */
    int DEFAULT_WORKING_DAYS = 3;

    Optional<HandoverDeadline> findByEventCode(String eventCode);

    List<HandoverDeadline> findAllByOrderByEventCode();

    /** The last day the documents of an event of that code that happened on that day may be handed over. */
    default LocalDate dueOn(String eventCode, LocalDate occurredOn, WorkingCalendar calendar) {
        int days = findByEventCode(eventCode).map(HandoverDeadline::getWorkingDays).orElse(DEFAULT_WORKING_DAYS);
        return calendar.addWorkingDays(occurredOn, days);
    }
}
