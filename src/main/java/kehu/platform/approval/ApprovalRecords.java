package kehu.platform.approval;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalRecords extends JpaRepository<Approval, Long> {

    /**
     * The approval, to change it: its version is raised on commit even when only a step or task
     * changed, so two transactions deciding the same approval at once conflict instead of both
     * succeeding (the second gets an optimistic-locking failure and changes nothing).
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select a from Approval a where a.id = :id")
    Optional<Approval> findForUpdate(long id);

    Page<Approval> findByApplicantStaffIdOrderByIdDesc(Long applicantStaffId, Pageable pageable);
}
