package kehu.archive.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrityRuns extends JpaRepository<IntegrityRun, Long> {

    Page<IntegrityRun> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);
}
