package kehu.platform.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYears extends JpaRepository<CalendarYear, Long> {

    Optional<CalendarYear> findByYear(int year);

    List<CalendarYear> findAllByOrderByYearAsc();
}
