package kehu.platform.approval;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * The approval chain of one business type: ordered steps, each a {@link StepRule}. Configuration
 * data edited by administrators; an inactive chain is kept but not used (its business type is then
 * approved at once). Running approvals keep their own copy of the steps.
 */
@Entity
@Table(name = "platform_approval_chain")
public class ApprovalChain extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_type", nullable = false, length = 64, updatable = false)
    private String businessType;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepNo")
    private List<ChainStep> steps = new ArrayList<>();

    protected ApprovalChain() {
    }

    ApprovalChain(String businessType, String name, boolean active, List<StepRule> rules) {
        this.businessType = businessType;
        describe(name, active, rules);
    }

    /** Replaces name, state and steps (the steps are renumbered 1…n in the given order). */
    void describe(String name, boolean active, List<StepRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one step");
        }
        this.name = name;
        this.active = active;
        // Update in place so that step rows keep their ids; add or remove at the end.
        for (int i = 0; i < rules.size(); i++) {
            if (i < steps.size()) {
                steps.get(i).redefine(rules.get(i));
            } else {
                steps.add(new ChainStep(this, i + 1, rules.get(i)));
            }
        }
        while (steps.size() > rules.size()) {
            steps.remove(steps.size() - 1);
        }
    }

    void deactivate() {
        this.active = false;
    }

    public List<StepRule> rules() {
        return steps.stream().map(ChainStep::getRule).toList();
    }

    public Long getId() {
        return id;
    }

    public String getBusinessType() {
        return businessType;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public List<ChainStep> getSteps() {
        return List.copyOf(steps);
    }
}
