package kehu.archive.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Handovers extends JpaRepository<Handover, Long> {

    boolean existsByArchiveIdAndOccurredAt(long archiveId, Instant occurredAt);

    List<Handover> findByArchiveIdOrderByOccurredAtDescIdDesc(long archiveId);

    List<Handover> findByToStaffIdAndCompletedAtIsNullOrderByOccurredAt(long toStaffId);

    List<Handover> findByCompletedAtIsNullOrderByOccurredAt();
}
