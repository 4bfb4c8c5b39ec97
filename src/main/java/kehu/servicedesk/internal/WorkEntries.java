package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkEntries extends JpaRepository<WorkEntry, Long> {

    List<WorkEntry> findByWorkOrderIdOrderByAtAscIdAsc(long workOrderId);
}
