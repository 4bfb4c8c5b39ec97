package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolumeRules extends JpaRepository<VolumeRule, Long> {

    List<VolumeRule> findByCategoryCodeOrderBySortOrder(String categoryCode);
}
