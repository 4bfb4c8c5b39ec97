package kehu.servicedesk.internal;

import java.util.Collection;
import java.util.List;

import kehu.servicedesk.WorkOrderStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkOrders extends JpaRepository<WorkOrder, Long> {

    List<WorkOrder> findByMatterIdOrderByIssuedAtAscIdAsc(long matterId);

    /** Work orders of these units or held by this person, optionally in one status, newest first. */
    @Query("""
            select w from WorkOrder w
            where (:all = true or w.unitId in :unitIds or w.assigneeStaffId = :staffId)
              and (:status is null or w.status = :status)
            order by w.issuedAt desc, w.id desc""")
    Page<WorkOrder> visible(boolean all, Collection<Long> unitIds, long staffId, WorkOrderStatus status,
                            Pageable pageable);
}
