package kehu.customer.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRecords extends JpaRepository<TimelineRecord, Long> {

    Page<TimelineRecord> findByCustomerIdOrderByAtDescIdDesc(long customerId, Pageable pageable);

    boolean existsByCustomerIdAndSourceModuleAndKindAndReferenceId(long customerId, String sourceModule, String kind,
                                                                 String referenceId);
}
