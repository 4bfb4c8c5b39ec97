package kehu.archive.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Volumes extends JpaRepository<Volume, Long> {

    List<Volume> findByArchiveIdOrderByVolumeNo(long archiveId);

    List<Volume> findByBoxId(long boxId);

    List<Volume> findByArchiveIdInOrderByArchiveIdAscVolumeNoAsc(java.util.Collection<Long> archiveIds);

    /** How many archives other than {@code archiveId} have a volume in the box. */
    @Query("select count(distinct v.archiveId) from Volume v where v.boxId = ?1 and v.archiveId <> ?2")
    long countOtherArchivesInBox(long boxId, long archiveId);

    /** Archives (id, count of volumes) per box, for the occupancy of the tree. */
    @Query("select v.boxId, count(distinct v.archiveId), count(v) from Volume v where v.boxId is not null group by v.boxId")
    List<Object[]> occupancy();

    /**
     * Volumes in the wrong section: a closed archive's outside the closed section, an open archive's inside it
     * (销户档案另柜存放).
     */
    @Query("""
            select v from Volume v, Archive a, Location l where a.id = v.archiveId and l.id = v.boxId
            and ((a.status = kehu.archive.ArchiveStatus.CLOSED and l.closedSection = false)
              or (a.status = kehu.archive.ArchiveStatus.OPEN and l.closedSection = true))
            order by a.archiveNo, v.volumeNo""")
    List<Volume> inWrongSection(org.springframework.data.domain.Pageable pageable);

    /** The volume, locked until the transaction ends (numbering its documents). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Volume v where v.id = ?1")
    Optional<Volume> lockById(long id);
}
