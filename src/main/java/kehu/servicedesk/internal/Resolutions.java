package kehu.servicedesk.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Resolutions extends JpaRepository<Resolution, Long> {

    List<Resolution> findByMatterIdOrderByRoundAsc(long matterId);

    Optional<Resolution> findByMatterIdAndRound(long matterId, int round);
}
