package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRatings extends JpaRepository<VisitRating, Long> {

    List<VisitRating> findByVisitIdOrderByIdAsc(long visitId);
}
