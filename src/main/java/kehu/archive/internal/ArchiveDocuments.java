package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveDocuments extends JpaRepository<ArchiveDocument, Long> {

    @org.springframework.data.jpa.repository.Query("select d.archiveId from ArchiveDocument d where d.id = ?1")
    java.util.Optional<Long> archiveIdOf(long documentId);

    List<ArchiveDocument> findByArchiveIdOrderByVolumeIdAscItemNoAsc(long archiveId);

    List<ArchiveDocument> findByArchiveIdInOrderByArchiveIdAscVolumeIdAscItemNoAsc(java.util.Collection<Long> archiveIds);

    List<ArchiveDocument> findByVolumeIdOrderByItemNo(long volumeId);
}
