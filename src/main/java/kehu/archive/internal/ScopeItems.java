package kehu.archive.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScopeItems extends JpaRepository<ScopeItem, Long> {

    List<ScopeItem> findByEventCodeInOrderBySortOrder(Collection<String> eventCodes);

    List<ScopeItem> findAllByOrderByEventCodeAscSortOrderAsc();

    boolean existsByEventCode(String eventCode);

    List<ScopeItem> findByEventCodeOrderBySortOrder(String eventCode);
}
