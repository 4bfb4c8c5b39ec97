package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Transmittals extends JpaRepository<Transmittal, Long> {

    List<Transmittal> findByCompletedAtIsNullOrderBySubmittedAtAscIdAsc();

    List<Transmittal> findByArchiveIdOrderBySubmittedAtDescIdDesc(long archiveId);

    List<Transmittal> findByEventId(long eventId);

    List<Transmittal> findBySubmittedByAndCompletedAtIsNullOrderById(String submittedBy);
}
