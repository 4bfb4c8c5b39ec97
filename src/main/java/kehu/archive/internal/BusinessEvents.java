package kehu.archive.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BusinessEvents extends JpaRepository<BusinessEvent, Long> {

    List<BusinessEvent> findByVolumeIdInOrderByOccurredOnAscIdAsc(Collection<Long> volumeIds);
}
