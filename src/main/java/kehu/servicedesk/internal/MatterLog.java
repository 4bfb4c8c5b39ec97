package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MatterLog extends JpaRepository<MatterLogRecord, Long> {

    List<MatterLogRecord> findByMatterIdOrderByAtAscIdAsc(long matterId);
}
