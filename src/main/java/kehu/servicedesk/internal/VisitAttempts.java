package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitAttempts extends JpaRepository<VisitAttempt, Long> {

    List<VisitAttempt> findByVisitIdOrderByAtAscIdAsc(long visitId);
}
