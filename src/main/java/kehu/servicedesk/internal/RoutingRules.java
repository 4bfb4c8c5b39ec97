package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRules extends JpaRepository<RoutingRule, Long> {

    List<RoutingRule> findByActiveTrueOrderBySortOrderAscIdAsc();

    List<RoutingRule> findAllByOrderBySortOrderAscIdAsc();
}
