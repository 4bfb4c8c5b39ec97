package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRules extends JpaRepository<VisitRule, Long> {

    List<VisitRule> findByActiveTrueAndTriggerKindOrderByIdAsc(VisitRule.Trigger trigger);

    List<VisitRule> findAllByOrderByIdAsc();
}
