package kehu.platform.approval;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import kehu.organization.OrganizationDirectory;
import kehu.platform.ApprovalRequest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test support: chains with a business type of their own (so tests never meet each other's data),
 * approvals started through the engine, demo staff by user name, and the task of an approver.
 */
@Component
class ApprovalScenario {

    final ApprovalChains chains;
    final ApprovalEngine engine;
    final ApprovalQueries queries;
    final OrganizationDirectory organization;
    final TransactionTemplate tx;

    ApprovalScenario(ApprovalChains chains, ApprovalEngine engine, ApprovalQueries queries,
                     OrganizationDirectory organization, PlatformTransactionManager transactions) {
        this.chains = chains;
        this.engine = engine;
        this.queries = queries;
        this.organization = organization;
        this.tx = new TransactionTemplate(transactions);
    }

    long staff(String username) {
        return organization.staffByUsername(username).orElseThrow().id();
    }

    /** A new active chain with these steps; returns its (unique) business type. */
    String chain(StepRule... steps) {
        var type = "test." + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> chains.save(new ApprovalChain(type, "测试 " + type, true, List.of(steps))));
        return type;
    }

    long start(String type, String applicant, String subject) {
        return engine.start(new ApprovalRequest(type, UUID.randomUUID().toString().substring(0, 12), "测试审批 " + type,
                staff(applicant), staff(subject)));
    }

    ApprovalDetails details(long approvalId) {
        return queries.details(approvalId, 0, true);
    }

    /** The pending task of this approval in the staff member's inbox. */
    long taskOf(long approvalId, String username) {
        return queries.inbox(staff(username)).stream().filter(i -> i.approvalId() == approvalId)
                .findFirst().orElseThrow(() -> new AssertionError(username + " has no task of approval " + approvalId))
                .taskId();
    }

    boolean hasTask(long approvalId, String username) {
        return queries.inbox(staff(username)).stream().anyMatch(i -> i.approvalId() == approvalId);
    }

    static StepRule role(String code, ApprovalMode mode) {
        return new StepRule(ApproverKind.ROLE, code, null, mode, null, null, null);
    }

    static StepRule relation(ApproverKind kind) {
        return new StepRule(kind, null, null, ApprovalMode.ANY_OF, null, null, null);
    }

    StepRule person(String username) {
        return new StepRule(ApproverKind.PERSON, null, staff(username), ApprovalMode.ANY_OF, null, null, null);
    }

    StepRule person(String username, Duration remind, Duration timeout, TimeoutAction action) {
        return new StepRule(ApproverKind.PERSON, null, staff(username), ApprovalMode.ANY_OF, remind, timeout, action);
    }
}
