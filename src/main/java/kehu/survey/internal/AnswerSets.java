package kehu.survey.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerSets extends JpaRepository<AnswerSet, Long> {

    boolean existsByCampaignIdAndCustomerId(Long campaignId, Long customerId);

    Optional<AnswerSet> findByCampaignIdAndCustomerId(Long campaignId, Long customerId);

    boolean existsByOriginModuleAndOriginReference(String originModule, String originReference);

    long countByCampaignId(Long campaignId);

    long countByCampaignIdAndFollowUpTrue(Long campaignId);

    Page<AnswerSet> findByCampaignIdAndFollowUpTrueOrderByAnsweredAtDesc(Long campaignId, Pageable pageable);

    Page<AnswerSet> findByCampaignIdOrderByAnsweredAtDesc(Long campaignId, Pageable pageable);

    @Query("select s.customerId from AnswerSet s where s.campaignId = ?1 and s.customerId in ?2")
    List<Long> answeredAmong(Long campaignId, List<Long> customerIds);

    @Query("select a from AnswerSet s join s.answers a where s.campaignId = ?1")
    List<Answer> answersOfCampaign(Long campaignId);

    @Query("select s.campaignId, count(s) from AnswerSet s where s.campaignId is not null group by s.campaignId")
    List<Object[]> countsByCampaign();
}
