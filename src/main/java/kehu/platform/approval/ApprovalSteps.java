package kehu.platform.approval;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApprovalSteps extends JpaRepository<ApprovalStep, Long> {

    /** Approvals with an active step whose reminder or timeout is due at {@code at}. */
    @Query("""
            select distinct s.approval.id from ApprovalStep s
            where s.status = kehu.platform.approval.ApprovalStep.Status.ACTIVE
              and ((s.remindAt <= :at and s.remindedAt is null) or s.timeoutAt <= :at)
            order by s.approval.id""")
    List<Long> approvalsDueAt(Instant at);
}
