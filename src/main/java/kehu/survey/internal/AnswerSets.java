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

    List<AnswerSet> findByCampaignIdAndCustomerIdIn(Long campaignId, List<Long> customerIds);

    /** Item id, score, how often: the scores (scale, NPS, yes/no) of a campaign's responses. */
    @Query("select a.itemId, a.score, count(a) from AnswerSet s join s.answers a where s.campaignId = ?1"
            + " and a.score is not null group by a.itemId, a.score")
    List<Object[]> scoreCounts(Long campaignId);

    /** Item id, chosen options (one per line), how often: the choices of a campaign's responses. */
    @Query("select a.itemId, a.choices, count(a) from AnswerSet s join s.answers a where s.campaignId = ?1"
            + " and a.choices is not null group by a.itemId, a.choices")
    List<Object[]> choiceCounts(Long campaignId);

    /** Item id, how many: the text answers of a campaign's responses. */
    @Query("select a.itemId, count(a) from AnswerSet s join s.answers a where s.campaignId = ?1"
            + " and a.textValue is not null group by a.itemId")
    List<Object[]> textCounts(Long campaignId);

    /** The latest text answers to one item of a campaign. */
    @Query("select a from AnswerSet s join s.answers a where s.campaignId = ?1 and a.itemId = ?2"
            + " and a.textValue is not null order by s.answeredAt desc, s.id desc")
    List<Answer> latestTexts(Long campaignId, Long itemId, Pageable pageable);

    @Query("select s.campaignId, count(s) from AnswerSet s where s.campaignId is not null group by s.campaignId")
    List<Object[]> countsByCampaign();
}
