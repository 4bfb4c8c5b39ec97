package kehu.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.platform.ApprovalReminderDue;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reminders and timeouts, driven by the scheduled job's logic and the test clock. */
@KehuTest
@RecordApplicationEvents
@Import(ApprovalScenario.class)
class ApprovalTimeoutsTests {

    static final Instant T0 = Instant.parse("2027-01-11T01:00:00Z");

    @Autowired
    ApprovalScenario scenario;

    @Autowired
    ApprovalTimeouts timeouts;

    @Autowired
    ApprovalEngine engine;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long count(long approvalId, HistoryEvent event) {
        return scenario.details(approvalId).history().stream().filter(h -> h.event() == event).count();
    }

    @Test
    void reminderFiresOnceWhenDue() {
        clock.set(T0);
        var type = scenario.chain(scenario.person("assessor", Duration.ofHours(24), Duration.ofHours(72),
                TimeoutAction.REJECT));
        long id = scenario.start(type, "clerk", "clerk");

        clock.set(T0.plus(Duration.ofHours(23)));
        timeouts.processDue();
        assertThat(count(id, HistoryEvent.REMINDED)).isZero();

        clock.set(T0.plus(Duration.ofHours(24)));
        timeouts.processDue();
        assertThat(count(id, HistoryEvent.REMINDED)).isOne();
        assertThat(events.stream(ApprovalReminderDue.class).filter(e -> e.approvalId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.staffId()).isEqualTo(scenario.staff("assessor"));
                    assertThat(e.taskId()).isEqualTo(scenario.taskOf(id, "assessor"));
                });

        clock.set(T0.plus(Duration.ofHours(30)));
        timeouts.processDue();
        assertThat(count(id, HistoryEvent.REMINDED)).isOne();
        assertThat(events.stream(ApprovalReminderDue.class).filter(e -> e.approvalId() == id)).hasSize(1);
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);
    }

    @Test
    void timeoutRejectsOnceAndASecondRunDoesNothing() {
        clock.set(T0);
        var type = scenario.chain(scenario.person("assessor", Duration.ofHours(24), Duration.ofHours(72),
                TimeoutAction.REJECT));
        long id = scenario.start(type, "clerk", "clerk");

        clock.set(T0.plus(Duration.ofHours(72)).minusSeconds(1));
        timeouts.processDue();
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);

        clock.set(T0.plus(Duration.ofHours(73)));
        assertThat(timeouts.processDue()).isPositive();
        var details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.TIMED_OUT);
        assertThat(details.steps().get(0).status()).isEqualTo(ApprovalStep.Status.TIMED_OUT);
        assertThat(details.steps().get(0).tasks()).extracting(ApprovalDetails.Task::status)
                .containsExactly(ApprovalTask.Status.EXPIRED);
        assertThat(details.history()).extracting(ApprovalDetails.Entry::event)
                .endsWith(HistoryEvent.TIMED_OUT, HistoryEvent.FINISHED);
        assertThat(details.history().get(details.history().size() - 2).detail()).isEqualTo("REJECT");
        // reminded once, on the run just before the timeout; never again
        assertThat(count(id, HistoryEvent.REMINDED)).isOne();
        assertThat(events.stream(ApprovalDecided.class).filter(e -> e.approvalId() == id))
                .singleElement().extracting(ApprovalDecided::outcome).isEqualTo(ApprovalOutcome.TIMED_OUT);
        assertThat(scenario.hasTask(id, "assessor")).isFalse();

        int historySize = details.history().size();
        assertThat(timeouts.processDue()).isZero();
        assertThat(scenario.details(id).history()).hasSize(historySize);
        assertThat(events.stream(ApprovalDecided.class).filter(e -> e.approvalId() == id)).hasSize(1);
    }

    @Test
    void timeoutOvertakesAReminderThatWasNotSentYet() {
        clock.set(T0);
        var type = scenario.chain(scenario.person("assessor", Duration.ofHours(1), Duration.ofHours(2),
                TimeoutAction.REJECT));
        long id = scenario.start(type, "clerk", "clerk");

        clock.set(T0.plus(Duration.ofHours(3)));
        timeouts.processDue();
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.TIMED_OUT);
        assertThat(count(id, HistoryEvent.REMINDED)).isZero();
        assertThat(events.stream(ApprovalReminderDue.class).filter(e -> e.approvalId() == id)).isEmpty();
    }

    @Test
    void timeoutThatEscalatesStartsTheNextStep() {
        clock.set(T0);
        var type = scenario.chain(scenario.person("assessor", null, Duration.ofHours(2), TimeoutAction.ESCALATE),
                scenario.person("archivist"));
        long id = scenario.start(type, "clerk", "clerk");

        clock.set(T0.plus(Duration.ofHours(3)));
        timeouts.processDue();
        var details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.PENDING);
        assertThat(details.steps().get(0).status()).isEqualTo(ApprovalStep.Status.ESCALATED);
        assertThat(scenario.hasTask(id, "assessor")).isFalse();
        engine.approve(scenario.taskOf(id, "archivist"), scenario.staff("archivist"), null);
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.APPROVED);
    }

    @Test
    void timeoutThatApprovesOnTheLastStepApprovesTheRequest() {
        clock.set(T0);
        var type = scenario.chain(scenario.person("assessor", null, Duration.ofHours(2), TimeoutAction.APPROVE));
        long id = scenario.start(type, "clerk", "clerk");

        clock.set(T0.plus(Duration.ofHours(2)));
        timeouts.processDue();
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(events.stream(ApprovalDecided.class).filter(e -> e.approvalId() == id))
                .singleElement().extracting(ApprovalDecided::outcome).isEqualTo(ApprovalOutcome.APPROVED);
    }

    @Test
    void decidedApprovalIsNotTimedOut() {
        clock.set(T0);
        var type = scenario.chain(scenario.person("assessor", Duration.ofHours(1), Duration.ofHours(2),
                TimeoutAction.REJECT));
        long id = scenario.start(type, "clerk", "clerk");
        engine.approve(scenario.taskOf(id, "assessor"), scenario.staff("assessor"), null);

        clock.set(T0.plus(Duration.ofHours(5)));
        timeouts.processDue();
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(count(id, HistoryEvent.TIMED_OUT)).isZero();
        assertThat(count(id, HistoryEvent.REMINDED)).isZero();
    }
}
