package kehu.platform.approval;

import static kehu.platform.approval.ApprovalScenario.relation;
import static kehu.platform.approval.ApprovalScenario.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.platform.ApprovalRequest;
import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@KehuTest
@RecordApplicationEvents
@Import(ApprovalScenario.class)
class ApprovalEngineTests {

    @Autowired
    ApprovalScenario scenario;

    @Autowired
    ApprovalEngine engine;

    @Autowired
    ApprovalRecords approvals;

    @Autowired
    ApplicationEvents events;

    long decidedEvents(long approvalId) {
        return events.stream(ApprovalDecided.class).filter(e -> e.approvalId() == approvalId).count();
    }

    ApprovalOutcome outcome(long approvalId) {
        return events.stream(ApprovalDecided.class).filter(e -> e.approvalId() == approvalId).findFirst()
                .orElseThrow().outcome();
    }

    @Test
    void businessTypeWithoutActiveChainIsApprovedAtOnce() {
        long id = engine.start(new ApprovalRequest("test.no-chain", "1", "无流程", scenario.staff("clerk"),
                scenario.staff("clerk")));
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(decidedEvents(id)).isOne();
        assertThat(outcome(id)).isEqualTo(ApprovalOutcome.APPROVED);
    }

    @Test
    void twoStepChainGoesFromTheSuperiorToTheRoleAndIsApprovedOnce() {
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR), role("ARCHIVIST", ApprovalMode.ANY_OF));
        long id = scenario.start(type, "clerk", "supervisor");

        var details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.PENDING);
        assertThat(details.steps().get(0).tasks()).extracting(ApprovalDetails.Task::approverStaffId)
                .containsExactly(scenario.staff("gm"));
        assertThat(details.steps().get(1).tasks()).isEmpty();
        assertThat(scenario.hasTask(id, "archivist")).isFalse();

        engine.approve(scenario.taskOf(id, "gm"), scenario.staff("gm"), "同意");
        assertThat(scenario.details(id).steps().get(0).status()).isEqualTo(ApprovalStep.Status.APPROVED);
        assertThat(scenario.hasTask(id, "gm")).isFalse();
        assertThat(decidedEvents(id)).isZero();

        engine.approve(scenario.taskOf(id, "archivist"), scenario.staff("archivist"), null);
        details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(details.decidedAt()).isNotNull();
        assertThat(decidedEvents(id)).isOne();
        assertThat(outcome(id)).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(details.history()).extracting(ApprovalDetails.Entry::event).containsExactly(
                HistoryEvent.STARTED, HistoryEvent.STEP_STARTED, HistoryEvent.TASK_CREATED, HistoryEvent.APPROVED,
                HistoryEvent.STEP_STARTED, HistoryEvent.TASK_CREATED, HistoryEvent.APPROVED, HistoryEvent.FINISHED);
        assertThat(details.history().get(3).actorName()).contains("gm");
        assertThat(details.history().get(3).comment()).isEqualTo("同意");
    }

    @Test
    void rejectionAtStepOneEndsItAndStepTwoNeverGetsTasks() {
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR), role("ARCHIVIST", ApprovalMode.ANY_OF));
        long id = scenario.start(type, "clerk", "supervisor");
        long task = scenario.taskOf(id, "gm");

        assertThatThrownBy(() -> engine.reject(task, scenario.staff("gm"), " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly("comment:approval.comment.requiredToReject"));
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);

        engine.reject(task, scenario.staff("gm"), "材料不全");
        var details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.REJECTED);
        assertThat(details.steps().get(1).status()).isEqualTo(ApprovalStep.Status.WAITING);
        assertThat(details.steps().get(1).tasks()).isEmpty();
        assertThat(scenario.hasTask(id, "archivist")).isFalse();
        assertThat(decidedEvents(id)).isOne();
        assertThat(outcome(id)).isEqualTo(ApprovalOutcome.REJECTED);
        assertThatThrownBy(() -> engine.approve(task, scenario.staff("gm"), null)).isInstanceOf(DomainException.class);
        assertThat(decidedEvents(id)).isOne();
    }

    @Test
    void allOfNeedsEveryApprover() {
        var type = scenario.chain(role("CUSTOMER_MANAGER", ApprovalMode.ALL_OF));
        long id = scenario.start(type, "clerk", "clerk");
        var tasks = scenario.details(id).steps().get(0).tasks();
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(2).extracting(ApprovalDetails.Task::approverStaffId)
                .contains(scenario.staff("manager"), scenario.staff("manager2"));

        for (int i = 0; i < tasks.size() - 1; i++) {
            engine.approve(tasks.get(i).id(), tasks.get(i).approverStaffId(), null);
            assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);
        }
        var last = tasks.get(tasks.size() - 1);
        assertThat(scenario.hasTask(id, last.approverName().replaceAll(".*\\((.*)\\)", "$1"))).isTrue();
        engine.approve(last.id(), last.approverStaffId(), null);
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(decidedEvents(id)).isOne();
    }

    @Test
    void anyOfIsDecidedByTheFirstAndCancelsTheOthers() {
        var type = scenario.chain(role("CUSTOMER_MANAGER", ApprovalMode.ANY_OF));
        long id = scenario.start(type, "clerk", "clerk");
        long other = scenario.taskOf(id, "manager2");

        engine.approve(scenario.taskOf(id, "manager"), scenario.staff("manager"), null);
        var details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(details.steps().get(0).tasks()).filteredOn(t -> t.id() == other)
                .extracting(ApprovalDetails.Task::status).containsExactly(ApprovalTask.Status.CANCELLED);
        assertThat(scenario.hasTask(id, "manager2")).isFalse();
        assertThatThrownBy(() -> engine.approve(other, scenario.staff("manager2"), null))
                .isInstanceOf(DomainException.class);
        assertThat(decidedEvents(id)).isOne();
    }

    @Test
    void onlyTheApproverMayDecideATask() {
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR));
        long id = scenario.start(type, "clerk", "supervisor");
        long task = scenario.taskOf(id, "gm");
        assertThatThrownBy(() -> engine.approve(task, scenario.staff("clerk"), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);
    }

    @Test
    void unitHeadOfTheSubjectApproves() {
        var type = scenario.chain(relation(ApproverKind.UNIT_HEAD));
        long id = scenario.start(type, "gm", "clerk");
        assertThat(scenario.hasTask(id, "supervisor")).isTrue();
    }

    @Test
    void stepWithoutApproverGoesToTheAdministrators() {
        // admin has no direct superior
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR));
        long id = scenario.start(type, "clerk", "admin");
        assertThat(scenario.hasTask(id, "admin")).isTrue();
        assertThat(scenario.details(id).history()).extracting(ApprovalDetails.Entry::event)
                .contains(HistoryEvent.STEP_FALLBACK);
    }

    @Test
    void decidingATaskRaisesTheApprovalsVersionSoConcurrentDecisionsConflict() {
        var type = scenario.chain(role("CUSTOMER_MANAGER", ApprovalMode.ALL_OF));
        long id = scenario.start(type, "clerk", "clerk");
        long before = approvals.findById(id).orElseThrow().getVersion();
        engine.approve(scenario.taskOf(id, "manager"), scenario.staff("manager"), null);
        var after = approvals.findById(id).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(Approval.Status.PENDING);
        assertThat(after.getVersion()).isGreaterThan(before);
    }

    @Test
    void applicantWithdrawsAPendingRequest() {
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR));
        long id = scenario.start(type, "clerk", "supervisor");
        assertThatThrownBy(() -> engine.withdraw(id, scenario.staff("gm"), null)).isInstanceOf(DomainException.class);
        engine.withdraw(id, scenario.staff("clerk"), "不需要了");
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.CANCELLED);
        assertThat(scenario.hasTask(id, "gm")).isFalse();
        assertThat(outcome(id)).isEqualTo(ApprovalOutcome.CANCELLED);
    }
}
