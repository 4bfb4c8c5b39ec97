package kehu.archive.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Destructions extends JpaRepository<Destruction, Long> {

    boolean existsByArchiveIdAndStatus(long archiveId, String status);

    Page<Destruction> findByStatusOrderByDestroyedAtDescIdDesc(String status, Pageable pageable);

    List<Destruction> findByArchiveIdOrderByIdDesc(long archiveId);
}
