package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionRules extends JpaRepository<RetentionRule, Long> {

    List<RetentionRule> findByCategoryCode(String categoryCode);
}
