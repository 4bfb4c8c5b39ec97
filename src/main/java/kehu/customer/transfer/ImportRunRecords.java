package kehu.customer.transfer;

import java.util.Collection;
import java.util.List;

import kehu.customer.ImportStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportRunRecords extends JpaRepository<ImportRunRecord, Long> {

    Page<ImportRunRecord> findByStaffIdOrderByIdDesc(long staffId, Pageable pageable);

    Page<ImportRunRecord> findAllByOrderByIdDesc(Pageable pageable);

    boolean existsByStaffIdAndStatusIn(long staffId, Collection<ImportStatus> statuses);

    List<ImportRunRecord> findByStatusIn(Collection<ImportStatus> statuses);
}
