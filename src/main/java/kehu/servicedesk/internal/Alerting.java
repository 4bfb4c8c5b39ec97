package kehu.servicedesk.internal;

import java.time.Instant;
import java.util.stream.Collectors;

import kehu.servicedesk.AlertKind;
import kehu.servicedesk.MatterAlerted;

import org.springframework.stereotype.Component;

/**
 * Fires one warning or escalation on a matter: the alert row (unique per matter, kind, level and round,
 * so a second firing fails and rolls back), the matter's flags, a journal line and {@link MatterAlerted}.
 */
@Component
public class Alerting {

    private final Alerts alerts;
    private final EscalationPolicy escalation;
    private final MatterJournal journal;
    private final kehu.organization.OrganizationDirectory directory;

    Alerting(Alerts alerts, EscalationPolicy escalation, MatterJournal journal,
             kehu.organization.OrganizationDirectory directory) {
        this.directory = directory;
        this.alerts = alerts;
        this.escalation = escalation;
        this.journal = journal;
    }

    public void fire(Matter m, Matter.DueAlert alert, Instant now) {
        var to = escalation.recipients(m, alert.kind(), alert.level());
        var ids = to.stream().map(String::valueOf).collect(Collectors.joining(","));
        alerts.saveAndFlush(new AlertRecord(m.getId(), alert.kind(), alert.level(), m.getResolutionRound(), now,
                alert.dueAt(), ids.length() > 500 ? ids.substring(0, 500) : ids));
        m.fired(alert);
        journal.record(m, alert.kind() == AlertKind.RESPONSE_WARNING || alert.kind() == AlertKind.RESOLVE_WARNING
                ? "warned" : "escalated", "kind=" + alert.kind() + ", level=" + alert.level() + ", to=" + to.stream()
                .map(staffId -> directory.staff(staffId).map(p -> p.fullName()).orElse("#" + staffId))
                .collect(Collectors.joining("、")), null, now);
        journal.publish(new MatterAlerted(m.getId(), m.getNumber(), alert.kind(), alert.level(), alert.dueAt(), to, now));
    }
}
