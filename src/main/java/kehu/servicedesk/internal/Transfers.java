package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Transfers extends JpaRepository<TransferRecord, Long> {

    List<TransferRecord> findByMatterIdOrderByAtAscIdAsc(long matterId);
}
