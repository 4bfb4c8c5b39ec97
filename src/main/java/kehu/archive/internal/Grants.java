package kehu.archive.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Grants extends JpaRepository<Grant, Long> {

    boolean existsByArchiveIdAndStaffId(long archiveId, long staffId);

    Optional<Grant> findByArchiveIdAndStaffId(long archiveId, long staffId);

    List<Grant> findByArchiveId(long archiveId);

    List<Grant> findByStaffId(long staffId);
}
