package kehu.servicedesk.internal;

import java.util.List;

import kehu.servicedesk.AlertKind;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Alerts extends JpaRepository<AlertRecord, Long> {

    List<AlertRecord> findByMatterIdOrderByAtAscIdAsc(long matterId);

    long countByMatterIdAndKind(long matterId, AlertKind kind);
}
