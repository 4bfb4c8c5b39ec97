package kehu.platform.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** Step number {@code stepNo} (from 1) of an {@link ApprovalChain}. */
@Entity
@Table(name = "platform_approval_chain_step")
public class ChainStep extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chain_id", nullable = false, updatable = false)
    private ApprovalChain chain;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Embedded
    private StepRule rule;

    protected ChainStep() {
    }

    ChainStep(ApprovalChain chain, int stepNo, StepRule rule) {
        this.chain = chain;
        this.stepNo = stepNo;
        this.rule = rule;
    }

    void redefine(StepRule rule) {
        this.rule = rule;
    }

    public Long getId() {
        return id;
    }

    public int getStepNo() {
        return stepNo;
    }

    public StepRule getRule() {
        return rule;
    }
}
