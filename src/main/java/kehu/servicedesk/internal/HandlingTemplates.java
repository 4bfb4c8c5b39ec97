package kehu.servicedesk.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HandlingTemplates extends JpaRepository<HandlingTemplate, Long> {

    List<HandlingTemplate> findAllByOrderByCategoryCodeAscIdAsc();

    List<HandlingTemplate> findByActiveTrueAndCategoryCodeIn(Collection<String> categoryCodes);
}
