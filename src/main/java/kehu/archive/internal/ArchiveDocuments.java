package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveDocuments extends JpaRepository<ArchiveDocument, Long> {

    List<ArchiveDocument> findByArchiveIdOrderByVolumeIdAscItemNoAsc(long archiveId);

    List<ArchiveDocument> findByVolumeIdOrderByItemNo(long volumeId);
}
