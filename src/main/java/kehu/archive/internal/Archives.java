package kehu.archive.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Archives extends JpaRepository<Archive, Long>, JpaSpecificationExecutor<Archive> {

    Optional<Archive> findByCustomerId(long customerId);

    boolean existsByCustomerId(long customerId);

    Optional<Archive> findByArchiveNo(String archiveNo);

    @Query("select a.id from Archive a where a.id > ?1 order by a.id")
    List<Long> idsAfter(long afterId, org.springframework.data.domain.Pageable page);

    @Query("select a.seq from Archive a where a.series = ?1 order by a.seq")
    List<Long> sequencesOf(String series);
}
