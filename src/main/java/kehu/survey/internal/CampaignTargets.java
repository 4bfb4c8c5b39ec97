package kehu.survey.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignTargets extends JpaRepository<CampaignTarget, Long> {

    boolean existsByCampaignIdAndCustomerId(Long campaignId, Long customerId);

    Page<CampaignTarget> findByCampaignIdOrderByCustomerId(Long campaignId, Pageable pageable);
}
