package kehu.customer.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRecords extends JpaRepository<ChangeRecord, Long> {

    Page<ChangeRecord> findByCustomerIdOrderByChangedAtDescIdDesc(long customerId, Pageable pageable);

    long countByCustomerIdAndField(long customerId, String field);
}
