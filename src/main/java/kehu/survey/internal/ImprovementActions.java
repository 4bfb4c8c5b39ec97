package kehu.survey.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImprovementActions extends JpaRepository<ImprovementAction, Long> {

    List<ImprovementAction> findByCampaignIdOrderById(Long campaignId);
}
