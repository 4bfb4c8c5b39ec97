package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoxRules extends JpaRepository<BoxRule, Long> {

    List<BoxRule> findByCategoryCode(String categoryCode);

    List<BoxRule> findAllByOrderByCategoryCodeAscIdAsc();
}
