package kehu.archive.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BusinessEvents extends JpaRepository<BusinessEvent, Long> {

    List<BusinessEvent> findByVolumeIdInOrderByOccurredOnAscIdAsc(Collection<Long> volumeIds);

    /**
     * Events whose deadline passed before {@code today}, not flagged yet and never handed over: no transmittal form
     * and no document filed for them directly (ARC-4).
     */
    @org.springframework.data.jpa.repository.Query("""
            select e from BusinessEvent e where e.dueOn < ?1 and e.lateAt is null
            and not exists (select t.id from Transmittal t where t.eventId = e.id)
            and not exists (select d.id from ArchiveDocument d where d.eventId = e.id) order by e.dueOn, e.id""")
    List<BusinessEvent> overdueWithoutHandover(java.time.LocalDate today, org.springframework.data.domain.Pageable page);

    /** Events flagged late, newest flag first (the late-handover register). */
    org.springframework.data.domain.Page<BusinessEvent> findByLateAtIsNotNullOrderByLateAtDescIdDesc(
            org.springframework.data.domain.Pageable page);
}
