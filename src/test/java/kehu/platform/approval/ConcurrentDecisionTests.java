package kehu.platform.approval;

import static kehu.platform.approval.ApprovalScenario.role;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two approvers of an any-of step decide at the same moment: exactly one decision counts. */
@KehuTest
@Import(ApprovalScenario.class)
class ConcurrentDecisionTests {

    @Autowired
    ApprovalScenario scenario;

    @Autowired
    ApprovalEngine engine;

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * {@code first} decides inside a transaction held open until {@code second} has decided in its own;
     * returns what failed.
     */
    List<Throwable> race(long first, String firstUser, long second, String secondUser) throws Exception {
        var tx = new TransactionTemplate(transactions);
        var firstDecided = new CountDownLatch(1);
        var secondDone = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        var pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> {
                try {
                    tx.executeWithoutResult(s -> {
                        engine.approve(first, scenario.staff(firstUser), null);
                        firstDecided.countDown();
                        try {
                            secondDone.await(3, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    firstDecided.countDown();
                }
            });
            pool.submit(() -> {
                try {
                    firstDecided.await(10, TimeUnit.SECONDS);
                    engine.approve(second, scenario.staff(secondUser), null);
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    secondDone.countDown();
                }
            });
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        return failures;
    }

    @Test
    void twoSimultaneousDecisionsOfAnAnyOfStepEndTheApprovalOnce() throws Exception {
        var type = scenario.chain(role("CUSTOMER_MANAGER", ApprovalMode.ANY_OF));
        long id = scenario.start(type, "clerk", "clerk");

        var failures = race(scenario.taskOf(id, "manager"), "manager", scenario.taskOf(id, "manager2"), "manager2");

        assertThat(failures).singleElement().satisfies(t -> assertThat(t)
                .isInstanceOfAny(OptimisticLockingFailureException.class, DomainException.class));
        var details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(details.history()).filteredOn(h -> h.event() == HistoryEvent.APPROVED).hasSize(1);
        assertThat(details.history()).filteredOn(h -> h.event() == HistoryEvent.FINISHED).hasSize(1);
        assertThat(details.steps().get(0).tasks()).filteredOn(t -> t.status() == ApprovalTask.Status.APPROVED).hasSize(1);
    }

    @Test
    void lastTwoApprovalsOfAnAllOfStepAtTheSameMomentCannotLeaveItHanging() throws Exception {
        var type = scenario.chain(role("CUSTOMER_MANAGER", ApprovalMode.ALL_OF));
        long id = scenario.start(type, "clerk", "clerk");
        long manager = scenario.staff("manager");
        long manager2 = scenario.staff("manager2");
        // everybody else approves first; manager and manager2 are the last two
        for (var t : scenario.details(id).steps().get(0).tasks()) {
            if (t.approverStaffId() != manager && t.approverStaffId() != manager2) {
                engine.approve(t.id(), t.approverStaffId(), null);
            }
        }
        long managerTask = scenario.taskOf(id, "manager");

        var failures = race(managerTask, "manager", scenario.taskOf(id, "manager2"), "manager2");

        // Without the approval's version being raised, both would commit, each seeing the other's task
        // still pending, and the step would never close. One of them must fail and change nothing.
        assertThat(failures).singleElement().isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);
        // the one that failed tries again and closes the step
        var again = scenario.hasTask(id, "manager") ? "manager" : "manager2";
        engine.approve(scenario.taskOf(id, again), scenario.staff(again), null);
        var details = scenario.details(id);
        assertThat(details.status()).isEqualTo(Approval.Status.APPROVED);
        assertThat(details.history()).filteredOn(h -> h.event() == HistoryEvent.FINISHED).hasSize(1);
    }
}
