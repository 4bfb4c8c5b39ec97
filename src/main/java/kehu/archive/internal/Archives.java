package kehu.archive.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Archives extends JpaRepository<Archive, Long>, JpaSpecificationExecutor<Archive> {

    Optional<Archive> findByCustomerId(long customerId);

    boolean existsByCustomerId(long customerId);

    /** The customers among these that have an archive. */
    @Query("select a.customerId from Archive a where a.customerId in ?1")
    List<Long> customersWithArchive(java.util.Collection<Long> customerIds);

    Optional<Archive> findByArchiveNo(String archiveNo);

    /** The archive, locked until the transaction ends: changes to one archive's contents happen one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Archive a where a.id = ?1")
    Optional<Archive> lockById(long id);

    /** The archives of customers merged into this archive's customer (CUS-4). */
    List<Archive> findByMergedIntoIdOrderById(long archiveId);

    /**
     * Records the result of an integrity check on archives (ARC-10) without touching their version: a check is not
     * an edit, and an editor holding the archive must not get a conflict because the sweep passed by.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update Archive a set a.integrityStatus = ?1, a.integrityCheckedAt = ?2, a.integrityRunId = ?3 where a.id in ?4")
    int markChecked(Archive.Integrity status, java.time.Instant at, long runId, java.util.Collection<Long> ids);

    @Query("select a.id from Archive a where a.id > ?1 order by a.id")
    List<Long> idsAfter(long afterId, org.springframework.data.domain.Pageable page);

    /** Per category: archives, incomplete ones (something missing), closed ones (ARC-11). */
    @Query("select a.categoryCode, count(a), sum(case when a.missingItems > 0 then 1 else 0 end),"
            + " sum(case when a.status = kehu.archive.ArchiveStatus.CLOSED then 1 else 0 end)"
            + " from Archive a group by a.categoryCode order by a.categoryCode")
    List<Object[]> countsByCategory();

    @Query("select a.integrityStatus, count(a) from Archive a group by a.integrityStatus")
    List<Object[]> countsByIntegrity();

    @Query("select count(a) from Archive a where a.status = kehu.archive.ArchiveStatus.CLOSED and a.destroyOn <= ?1")
    long destroyableBy(java.time.LocalDate day);

    @Query("select a.seq from Archive a where a.series = ?1 order by a.seq")
    List<Long> sequencesOf(String series);
}
