package kehu.archive.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentVersions extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByDocumentIdOrderByVersionNo(long documentId);

    List<DocumentVersion> findByDocumentIdInOrderByDocumentIdAscVersionNoAsc(Collection<Long> documentIds);

    Optional<DocumentVersion> findByDocumentIdAndVersionNo(long documentId, int versionNo);
}
