package kehu.servicedesk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Matters extends JpaRepository<Matter, Long>, JpaSpecificationExecutor<Matter> {

    Optional<Matter> findByIntakeToken(String token);

    Optional<Matter> findByNumber(String number);

    /** Matters with an alert due by {@code now}, earliest first (the sweep's candidates). */
    @Query("select m.id from Matter m where m.nextAlertAt <= :now order by m.nextAlertAt")
    List<Long> idsWithAlertDue(Instant now, Pageable limit);
}
