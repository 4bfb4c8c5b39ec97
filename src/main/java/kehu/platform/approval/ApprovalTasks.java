package kehu.platform.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApprovalTasks extends JpaRepository<ApprovalTask, Long> {

    /**
     * Pending tasks a staff member may act on now: their own, and those of people who delegated to
     * them for a window containing {@code at} (all business types or the approval's).
     */
    @Query("""
            select t from ApprovalTask t join fetch t.approval a join fetch t.step s
            where t.status = kehu.platform.approval.ApprovalTask.Status.PENDING
              and (t.approverStaffId = :staffId or exists (
                    select d.id from Delegation d
                    where d.delegatorStaffId = t.approverStaffId and d.delegateStaffId = :staffId
                      and d.revokedAt is null and d.validFrom <= :at and d.validUntil > :at
                      and (d.businessType is null or d.businessType = a.businessType)))
            order by t.id""")
    List<ApprovalTask> actionableBy(long staffId, Instant at);

    /** Tasks a staff member decided themselves (for themselves or on someone's behalf), newest first. */
    @Query("""
            select t from ApprovalTask t join fetch t.approval a join fetch t.step s
            where t.actedByStaffId = :staffId
            order by t.decidedAt desc, t.id desc""")
    List<ApprovalTask> decidedBy(long staffId, Pageable pageable);

    @Query("select t.approval.id from ApprovalTask t where t.id = :taskId")
    Optional<Long> approvalIdOf(long taskId);

    @Query("select count(t) > 0 from ApprovalTask t where t.approval.id = :approvalId and t.approverStaffId = :staffId")
    boolean isApproverOf(long approvalId, long staffId);

    @Query("select distinct t.approverStaffId from ApprovalTask t where t.approval.id = :approvalId and t.status = kehu.platform.approval.ApprovalTask.Status.PENDING")
    List<Long> pendingApproversOf(long approvalId);
}
