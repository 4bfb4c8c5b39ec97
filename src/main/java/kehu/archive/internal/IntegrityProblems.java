package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IntegrityProblems extends JpaRepository<IntegrityProblem, Long> {

    List<IntegrityProblem> findByRunIdOrderById(long runId);

    /** The findings of the latest check that covered the archive. */
    @Query("select p from IntegrityProblem p where p.archiveId = ?1 and p.runId = ?2 order by p.id")
    List<IntegrityProblem> ofArchiveInRun(long archiveId, long runId);
}
