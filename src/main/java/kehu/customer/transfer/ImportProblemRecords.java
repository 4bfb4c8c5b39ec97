package kehu.customer.transfer;

import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ImportProblemRecords extends JpaRepository<ImportProblemRecord, Long> {

    Page<ImportProblemRecord> findByRunIdOrderByRowNumberAscIdAsc(long runId, Pageable pageable);

    Stream<ImportProblemRecord> streamByRunIdOrderByRowNumberAscIdAsc(long runId);

    @Modifying
    @Query("delete from ImportProblemRecord p where p.runId = :runId")
    int deleteByRun(long runId);
}
