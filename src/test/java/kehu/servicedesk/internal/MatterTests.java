package kehu.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

import kehu.servicedesk.AlertKind;
import kehu.servicedesk.MatterStatus;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.Severity;
import kehu.shared.DomainException;

import org.junit.jupiter.api.Test;

/** The matter aggregate's moves and alert schedule, without a database (clock hours, no calendar). */
class MatterTests {

    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    static final BiFunction<Instant, Integer, Instant> HOURLY_STEPS = (due, level) -> due.plus(Duration.ofHours(level - 1L));

    static Matter aMatter(MatterType type) {
        return new Matter("TS20261123-0001", type, "phone", "charges", Priority.NORMAL, Severity.ROUTINE, "收费", null, null,
                null, "李先生", "13800138000", "F01", null, T0, 7L, 2L,
                new Deadlines(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(8)),
                        T0.plus(Duration.ofHours(10))));
    }

    static Instant h(double hours) {
        return T0.plus(Duration.ofMinutes((long) (hours * 60)));
    }

    @Test
    void theOneWhoTakesItInOwnsIt() {
        var m = aMatter(MatterType.COMPLAINT);
        assertThat(m.getOwnerStaffId()).isEqualTo(7L);
        assertThat(m.getStatus()).isEqualTo(MatterStatus.REGISTERED);
        assertThatThrownBy(() -> m.handOver(7L, 2L)).isInstanceOf(DomainException.class);
        m.handOver(9L, 3L);
        assertThat(m.getOwnerStaffId()).isEqualTo(9L);
    }

    @Test
    void takingIsTheFirstResponseAndSomeoneElseCannotTakeItAway() {
        var m = aMatter(MatterType.REPAIR);
        m.take(11L, h(0.5));
        assertThat(m.getStatus()).isEqualTo(MatterStatus.IN_PROGRESS);
        assertThat(m.getFirstResponseAt()).isEqualTo(h(0.5));
        assertThatThrownBy(() -> m.take(12L, h(0.6))).isInstanceOf(DomainException.class)
                .hasMessage("servicedesk.matter.alreadyTaken");
    }

    @Test
    void onlyAMatterInProgressWaitsForTheCustomer() {
        var m = aMatter(MatterType.HELP);
        assertThatThrownBy(() -> m.pause(h(1), Duration.ofHours(5))).hasMessage("servicedesk.matter.cannotPause");
        m.respond(h(0.2));
        m.pause(h(2), Duration.ofHours(8));
        assertThat(m.getStatus()).isEqualTo(MatterStatus.WAITING_CUSTOMER);
        assertThat(m.dueAlerts(h(100), HOURLY_STEPS)).as("a paused clock fires nothing").isEmpty();
        m.resume(remaining -> new Deadlines(null, null, h(20).minus(remaining).plus(Duration.ofHours(7)),
                h(20).plus(remaining)));
        assertThat(m.getResolveDueAt()).isEqualTo(h(28));
        assertThat(m.getStatus()).isEqualTo(MatterStatus.IN_PROGRESS);
    }

    @Test
    void aComplaintClosesOnlyWithFeedbackOtherTypesWithout() {
        var complaint = aMatter(MatterType.COMPLAINT);
        complaint.resolve(h(3));
        assertThatThrownBy(() -> complaint.close(h(4), false)).hasMessage("servicedesk.matter.closeWithoutFeedback");
        complaint.close(h(4), true);
        assertThat(complaint.getStatus()).isEqualTo(MatterStatus.CLOSED);
        var suggestion = aMatter(MatterType.SUGGESTION);
        suggestion.resolve(h(3));
        suggestion.close(h(4), false);
        assertThat(suggestion.getStatus()).isEqualTo(MatterStatus.CLOSED);
    }

    @Test
    void reopeningStartsANewRoundWithAFreshLimitAndLadder() {
        var m = aMatter(MatterType.COMPLAINT);
        m.respond(h(0.1));
        for (var a : m.dueAlerts(h(12), HOURLY_STEPS)) {
            m.fired(a);
        }
        assertThat(m.getEscalationLevel()).isEqualTo(3);
        assertThat(m.resolve(h(12))).isEqualTo(1);
        m.close(h(13), true);
        m.reopen(new Deadlines(null, null, h(20), h(22)));
        assertThat(m.getStatus()).isEqualTo(MatterStatus.IN_PROGRESS);
        assertThat(m.getEscalationLevel()).isZero();
        assertThat(m.dueAlerts(h(22), HOURLY_STEPS)).extracting(Matter.DueAlert::kind)
                .containsExactly(AlertKind.RESOLVE_WARNING, AlertKind.ESCALATION);
        assertThat(m.resolve(h(23))).isEqualTo(2);
        assertThatThrownBy(() -> aMatter(MatterType.HELP).reopen(new Deadlines(null, null, h(1), h(2))))
                .hasMessage("servicedesk.matter.notReopenable");
    }

    @Test
    void alertsFallDueInOrderAndFireOnce() {
        var m = aMatter(MatterType.COMPLAINT);
        assertThat(m.dueAlerts(h(0.4), HOURLY_STEPS)).isEmpty();
        var due = m.dueAlerts(h(11.5), HOURLY_STEPS);
        assertThat(due).extracting(a -> a.kind() + "/" + a.level()).containsExactly("RESPONSE_WARNING/0",
                "RESPONSE_BREACH/1", "RESOLVE_WARNING/0", "ESCALATION/1", "ESCALATION/2");
        due.forEach(m::fired);
        assertThat(m.dueAlerts(h(11.5), HOURLY_STEPS)).isEmpty();
        m.scheduleNextAlert(HOURLY_STEPS);
        assertThat(m.getNextAlertAt()).as("level 3, two steps after the limit").isEqualTo(h(12));
        m.resolve(h(11.6));
        m.scheduleNextAlert(HOURLY_STEPS);
        assertThat(m.getNextAlertAt()).isNull();
    }

    @Test
    void aClosedMatterIsNotTransferred() {
        var m = aMatter(MatterType.SUGGESTION);
        m.resolve(h(1));
        m.close(h(2), false);
        assertThatThrownBy(() -> m.assign(5L, null, null)).hasMessage("servicedesk.matter.closed");
        assertThat(m.isOverdue(h(50))).isFalse();
    }
}
