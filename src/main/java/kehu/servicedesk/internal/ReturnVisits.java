package kehu.servicedesk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kehu.servicedesk.VisitStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ReturnVisits extends JpaRepository<ReturnVisit, Long>, JpaSpecificationExecutor<ReturnVisit> {

    Optional<ReturnVisit> findBySourceKey(String sourceKey);

    boolean existsBySourceKey(String sourceKey);

    List<ReturnVisit> findByCustomerIdOrderByIdAsc(long customerId);

    List<ReturnVisit> findByMatterIdAndStatus(long matterId, VisitStatus status);

    List<ReturnVisit> findByMatterIdOrderByIdAsc(long matterId);

    /** Level-1 visits done in a period: what a sample is drawn from. */
    List<ReturnVisit> findByLevelAndStatusAndDoneAtGreaterThanEqualAndDoneAtLessThanOrderByIdAsc(int level,
            VisitStatus status, Instant from, Instant to);
}
