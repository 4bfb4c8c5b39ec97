package kehu.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** One customer a campaign surveys. */
@Entity
@Table(name = "survey_campaign_target")
public class CampaignTarget extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    protected CampaignTarget() {
    }

    public CampaignTarget(long campaignId, long customerId) {
        this.campaignId = campaignId;
        this.customerId = customerId;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
