package kehu.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDays extends JpaRepository<CalendarDay, Long> {

    Optional<CalendarDay> findByDate(LocalDate date);

    boolean existsByDate(LocalDate date);

    List<CalendarDay> findByDateBetweenOrderByDateAsc(LocalDate from, LocalDate to);
}
