package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FrequentAnswers extends JpaRepository<FrequentAnswer, Long> {

    List<FrequentAnswer> findAllByOrderByIdAsc();

    List<FrequentAnswer> findByActiveTrueOrderByIdAsc();
}
