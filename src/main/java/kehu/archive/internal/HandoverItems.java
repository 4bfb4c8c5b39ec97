package kehu.archive.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverItems extends JpaRepository<HandoverItem, Long> {

    List<HandoverItem> findByHandoverIdOrderById(long handoverId);

    List<HandoverItem> findByHandoverIdInOrderById(Collection<Long> handoverIds);
}
