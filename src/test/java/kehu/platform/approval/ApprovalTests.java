package kehu.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.platform.ApprovalReminderDue;
import kehu.shared.DomainException;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The approval's state machine on its own, with approvers given per step. */
class ApprovalTests {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    final AtomicLong ids = new AtomicLong(100);

    static StepRule person(long id, ApprovalMode mode) {
        return new StepRule(ApproverKind.PERSON, null, id, mode, null, null, null);
    }

    static StepRule role(String code, ApprovalMode mode, Duration remind, Duration timeout, TimeoutAction action) {
        return new StepRule(ApproverKind.ROLE, code, null, mode, remind, timeout, action);
    }

    /** Approvers by role code / person id; a role missing from the map has nobody. */
    ApproverResolver resolver(Map<String, List<Long>> roles) {
        return (rule, applicant, subject) -> {
            var found = rule.approverKind() == ApproverKind.PERSON ? List.of(rule.personStaffId())
                    : roles.getOrDefault(rule.roleCode(), List.of());
            return new ApproverResolver.Resolution(found, false);
        };
    }

    Approval started(List<StepRule> rules, ApproverResolver resolver) {
        var approval = new Approval("test.unit", "K1", "title", 9, 9);
        ReflectionTestUtils.setField(approval, "id", 1L);
        approval.begin(7L, rules, resolver, T0);
        assignIds(approval);
        return approval;
    }

    /** What saving would do: give new tasks their ids. */
    void assignIds(Approval approval) {
        approval.getSteps().forEach(s -> s.getTasks().forEach(t -> {
            if (t.getId() == null) {
                ReflectionTestUtils.setField(t, "id", ids.incrementAndGet());
            }
        }));
    }

    long taskOf(Approval approval, long approver) {
        return approval.activeStep().orElseThrow().getTasks().stream()
                .filter(t -> t.getApproverStaffId() == approver && t.isPending()).findFirst().orElseThrow().getId();
    }

    @Test
    void withoutStepsIsApprovedAtOnce() {
        var approval = started(List.of(), resolver(Map.of()));
        assertThat(approval.getStatus()).isEqualTo(Approval.Status.APPROVED);
        assertThat(approval.pullEvents()).containsExactly(
                new ApprovalDecided(1L, "test.unit", "K1", ApprovalOutcome.APPROVED, T0));
    }

    @Test
    void anyOfIsDecidedByTheFirstAndCancelsTheOthers() {
        var resolver = resolver(Map.of("R", List.of(1L, 2L, 3L)));
        var approval = started(List.of(role("R", ApprovalMode.ANY_OF, null, null, null), person(5, ApprovalMode.ANY_OF)), resolver);
        approval.decide(taskOf(approval, 2), true, 2, null, resolver, T0.plusSeconds(60));
        assignIds(approval);
        var first = approval.getSteps().get(0);
        assertThat(first.getStatus()).isEqualTo(ApprovalStep.Status.APPROVED);
        assertThat(first.getTasks()).extracting(ApprovalTask::getStatus).containsExactly(
                ApprovalTask.Status.CANCELLED, ApprovalTask.Status.APPROVED, ApprovalTask.Status.CANCELLED);
        assertThat(approval.getSteps().get(1).getTasks()).extracting(ApprovalTask::getApproverStaffId).containsExactly(5L);
        assertThat(approval.getCurrentStep()).isEqualTo(2);
        assertThat(approval.pullEvents()).isEmpty();
    }

    @Test
    void allOfNeedsEveryApprover() {
        var resolver = resolver(Map.of("R", List.of(1L, 2L)));
        var approval = started(List.of(role("R", ApprovalMode.ALL_OF, null, null, null)), resolver);
        approval.decide(taskOf(approval, 1), true, 1, null, resolver, T0);
        assertThat(approval.getStatus()).isEqualTo(Approval.Status.PENDING);
        approval.decide(taskOf(approval, 2), true, 2, "ok", resolver, T0);
        assertThat(approval.getStatus()).isEqualTo(Approval.Status.APPROVED);
        assertThat(approval.pullEvents()).hasSize(1);
    }

    @Test
    void rejectionEndsTheApprovalAndLaterStepsNeverStart() {
        var resolver = resolver(Map.of("R", List.of(1L, 2L)));
        var approval = started(List.of(role("R", ApprovalMode.ALL_OF, null, null, null), person(5, ApprovalMode.ANY_OF)), resolver);
        approval.decide(taskOf(approval, 1), false, 1, "no", resolver, T0);
        assertThat(approval.getStatus()).isEqualTo(Approval.Status.REJECTED);
        assertThat(approval.getSteps().get(1).getStatus()).isEqualTo(ApprovalStep.Status.WAITING);
        assertThat(approval.getSteps().get(1).getTasks()).isEmpty();
        assertThat(approval.getSteps().get(0).getTasks()).extracting(ApprovalTask::getStatus)
                .containsExactly(ApprovalTask.Status.REJECTED, ApprovalTask.Status.CANCELLED);
        assertThatThrownBy(() -> approval.decide(taskOf(approval, 2), true, 2, null, resolver, T0))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void decidedApprovalRefusesFurtherDecisions() {
        var resolver = resolver(Map.of("R", List.of(1L, 2L)));
        var approval = started(List.of(role("R", ApprovalMode.ANY_OF, null, null, null)), resolver);
        long second = taskOf(approval, 2);
        approval.decide(taskOf(approval, 1), true, 1, null, resolver, T0);
        assertThatThrownBy(() -> approval.decide(second, true, 2, null, resolver, T0))
                .isInstanceOf(DomainException.class).hasMessage("approval.alreadyDecided");
        assertThat(approval.pullEvents()).hasSize(1);
    }

    @Test
    void stepWithNobodyIsSkippedWithAHistoryNote() {
        var resolver = resolver(Map.of("R", List.of(1L)));
        var approval = started(List.of(role("NOBODY", ApprovalMode.ANY_OF, null, null, null),
                role("R", ApprovalMode.ANY_OF, null, null, null)), resolver);
        assertThat(approval.getSteps().get(0).getStatus()).isEqualTo(ApprovalStep.Status.SKIPPED);
        assertThat(approval.getCurrentStep()).isEqualTo(2);
        assertThat(approval.getHistory()).extracting(ApprovalHistoryEntry::getEvent).containsSubsequence(
                HistoryEvent.STARTED, HistoryEvent.STEP_SKIPPED, HistoryEvent.STEP_STARTED, HistoryEvent.TASK_CREATED);
    }

    @Test
    void remindsOnceAndTimesOutOnce() {
        var resolver = resolver(Map.of("R", List.of(1L, 2L)));
        var approval = started(List.of(role("R", ApprovalMode.ALL_OF, Duration.ofHours(1), Duration.ofHours(3),
                TimeoutAction.REJECT)), resolver);
        assertThat(approval.remindIfDue(T0.plusSeconds(3599))).isFalse();
        assertThat(approval.remindIfDue(T0.plusSeconds(3600))).isTrue();
        assertThat(approval.remindIfDue(T0.plusSeconds(7200))).isFalse();
        assertThat(approval.pullEvents()).hasSize(2).allMatch(e -> e instanceof ApprovalReminderDue);
        assertThat(approval.timeOutIfDue(resolver, T0.plusSeconds(3 * 3600 - 1))).isFalse();
        assertThat(approval.timeOutIfDue(resolver, T0.plusSeconds(3 * 3600))).isTrue();
        assertThat(approval.timeOutIfDue(resolver, T0.plusSeconds(4 * 3600))).isFalse();
        assertThat(approval.getStatus()).isEqualTo(Approval.Status.TIMED_OUT);
        assertThat(approval.pullEvents()).containsExactly(new ApprovalDecided(1L, "test.unit", "K1",
                ApprovalOutcome.TIMED_OUT, T0.plusSeconds(3 * 3600)));
    }

    @Test
    void onlyTheApplicantWithdraws() {
        var resolver = resolver(Map.of("R", List.of(1L)));
        var approval = started(List.of(role("R", ApprovalMode.ANY_OF, null, null, null)), resolver);
        assertThatThrownBy(() -> approval.withdraw(1, null, T0)).isInstanceOf(DomainException.class);
        approval.withdraw(9, "changed my mind", T0);
        assertThat(approval.getStatus()).isEqualTo(Approval.Status.CANCELLED);
        assertThat(approval.getSteps().get(0).getTasks()).extracting(ApprovalTask::getStatus)
                .containsExactly(ApprovalTask.Status.CANCELLED);
    }
}
