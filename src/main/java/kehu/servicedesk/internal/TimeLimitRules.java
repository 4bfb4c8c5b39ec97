package kehu.servicedesk.internal;

import java.util.List;

import kehu.servicedesk.MatterType;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeLimitRules extends JpaRepository<TimeLimitRule, Long> {

    List<TimeLimitRule> findByMatterTypeAndActiveTrue(MatterType type);

    List<TimeLimitRule> findAllByOrderByMatterTypeAscIdAsc();
}
