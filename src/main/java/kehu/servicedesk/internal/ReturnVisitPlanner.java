package kehu.servicedesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import kehu.customer.CustomerManagement;
import kehu.servicedesk.MatterReopened;
import kehu.servicedesk.MatterResolved;
import kehu.servicedesk.Severity;
import kehu.shared.AuditableAction;
import kehu.shared.ClockConfiguration;
import kehu.shared.PersistenceConfiguration;
import kehu.survey.Questionnaires;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Creates return-visit tasks from the rules (SVC-5): when a matter is resolved (listening to
 * {@link MatterResolved} after it committed) and when a sale, delivery or installation is reported. A visit
 * is created once per source (its {@code sourceKey} is unique), so a redelivered event adds nothing. When a
 * matter is reopened, its visits still due are cancelled: the next resolution plans a new one.
 */
@Component
public class ReturnVisitPlanner {

    private final ReturnVisits visits;
    private final VisitRules rules;
    private final Matters matters;
    private final CustomerManagement customers;
    private final Questionnaires questionnaires;
    private final ApplicationEventPublisher events;

    ReturnVisitPlanner(ReturnVisits visits, VisitRules rules, Matters matters, CustomerManagement customers,
                       Questionnaires questionnaires, ApplicationEventPublisher events) {
        this.visits = visits;
        this.rules = rules;
        this.matters = matters;
        this.customers = customers;
        this.questionnaires = questionnaires;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MatterResolved resolved) {
        var m = matters.findById(resolved.matterId()).orElse(null);
        if (m == null) {
            return;
        }
        var key = "matter-" + m.getId() + "-" + resolved.round();
        if (visits.existsBySourceKey(key)) {
            return;
        }
        // a rule for the matter's type beats a rule for any type
        var rule = rules.findByActiveTrueAndTriggerKindOrderByIdAsc(VisitRule.Trigger.MATTER_RESOLVED).stream()
                .filter(r -> r.getMatterType() == null || r.getMatterType() == m.getType())
                .min(Comparator.comparing(r -> r.getMatterType() == null ? 1 : 0));
        if (rule.isEmpty()) {
            return;
        }
        var r = rule.get();
        var day = LocalDate.ofInstant(resolved.at(), ClockConfiguration.ZONE);
        var vip = m.getCustomerId() != null && customers.summaryOf(m.getCustomerId()).map(c -> c.vip()).orElse(false);
        var visit = new ReturnVisit(key, r.getVisitKind(), 1, m.getNumber() + " " + m.getSubject(), m.getOwnerUnitId(),
                null, day.plusDays(r.getMinDays()), day.plusDays(r.getMaxDays()))
                .forMatter(m.getId(), resolved.round(), m.getSeverity() == Severity.MAJOR)
                .withCustomer(m.getCustomerId(), m.getCustomerId() == null ? m.getCallerName() : m.getCustomerName(), vip,
                        m.getAreaCode())
                .following(r.getId(), questionnaireOf(r).orElse(null));
        save(visit, resolved.at());
    }

    @ApplicationModuleListener
    void on(MatterReopened reopened) {
        for (var v : visits.findByMatterIdAndStatus(reopened.matterId(), kehu.servicedesk.VisitStatus.DUE)) {
            if (v.cancel()) {
                events.publishEvent(AuditableAction.of("returnVisit.cancelled", PersistenceConfiguration.SYSTEM,
                        "returnVisit", v.getId(), "status=DUE", "status=CANCELLED, why=matterReopened", reopened.at()));
            }
        }
    }

    /** The visits a reported business moment calls for (in the caller's transaction). */
    public int plan(ServiceEvent e, long unitId, String customerName, boolean vip, String areaCode, Instant now) {
        var trigger = VisitRule.Trigger.valueOf(e.getKind().name());
        int made = 0;
        var day = LocalDate.ofInstant(e.getOccurredAt(), ClockConfiguration.ZONE);
        for (var r : rules.findByActiveTrueAndTriggerKindOrderByIdAsc(trigger)) {
            var key = "event-" + e.getId() + "-" + r.getId();
            if (visits.existsBySourceKey(key)) {
                continue;
            }
            boolean tier2 = e.isSecondTier() && r.getSecondTierDays() != null;
            var from = day.plusDays(tier2 ? r.getSecondTierDays() : r.getMinDays());
            var by = day.plusDays(tier2 ? r.getSecondTierDays() : r.getMaxDays());
            var visit = new ReturnVisit(key, r.getVisitKind(), 1, e.getSubject(), unitId, null, from, by)
                    .forServiceEvent(e.getId())
                    .withCustomer(e.getCustomerId(), customerName, vip, areaCode)
                    .following(r.getId(), questionnaireOf(r).orElse(null));
            save(visit, now);
            made++;
        }
        return made;
    }

    Optional<Long> questionnaireOf(VisitRule r) {
        if (r.getQuestionnaireTemplateId() == null) {
            return Optional.empty();
        }
        return questionnaires.currentVersion(r.getQuestionnaireTemplateId()).map(q -> q.versionId());
    }

    public void save(ReturnVisit visit, Instant at) {
        visits.save(visit);
        events.publishEvent(AuditableAction.of("returnVisit.planned", PersistenceConfiguration.currentActor(),
                "returnVisit", visit.getId(), null, "kind=" + visit.getKind() + ", level=" + visit.getLevel()
                        + ", source=" + visit.getSourceKey() + ", due=" + visit.getDueFrom() + ".." + visit.getDueBy(), at));
    }
}
