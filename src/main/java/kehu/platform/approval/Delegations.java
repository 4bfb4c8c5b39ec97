package kehu.platform.approval;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Delegations extends JpaRepository<Delegation, Long> {

    @Query("""
            select count(d) > 0 from Delegation d
            where d.delegatorStaffId = :delegator and d.delegateStaffId = :delegate and d.revokedAt is null
              and d.validFrom <= :at and d.validUntil > :at
              and (d.businessType is null or d.businessType = :businessType)""")
    boolean activeFor(long delegator, long delegate, String businessType, Instant at);

    /** Delegations given or received by a staff member that have not ended before {@code since}. */
    @Query("""
            select d from Delegation d
            where (d.delegatorStaffId = :staffId or d.delegateStaffId = :staffId) and d.validUntil > :since
            order by d.validFrom desc, d.id desc""")
    List<Delegation> involving(long staffId, Instant since);
}
