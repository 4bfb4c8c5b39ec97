package kehu.archive.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Volumes extends JpaRepository<Volume, Long> {

    List<Volume> findByArchiveIdOrderByVolumeNo(long archiveId);

    /** The volume, locked until the transaction ends (numbering its documents). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Volume v where v.id = ?1")
    Optional<Volume> lockById(long id);
}
