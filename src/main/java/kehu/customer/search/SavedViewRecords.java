package kehu.customer.search;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViewRecords extends JpaRepository<SavedViewRecord, Long> {

    List<SavedViewRecord> findByOwnerStaffIdOrderByNameAsc(long ownerStaffId);

    Optional<SavedViewRecord> findByOwnerStaffIdAndName(long ownerStaffId, String name);

    long countByOwnerStaffId(long ownerStaffId);
}
