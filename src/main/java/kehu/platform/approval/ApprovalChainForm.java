package kehu.platform.approval;

import java.util.ArrayList;
import java.util.List;

/**
 * Create or edit an approval chain (page and API). The business type cannot change once created.
 * {@code version} is the version the editor started from (null: do not check).
 */
public record ApprovalChainForm(String businessType, String name, Boolean active, List<StepForm> steps, Long version) {

    /**
     * One step: approver kind with a role code (ROLE) or a user name (PERSON); mode; optional
     * reminder and timeout in hours (plain hours, not working hours); the timeout's action.
     */
    public record StepForm(ApproverKind approverKind, String roleCode, String personUsername, ApprovalMode mode,
                           Integer reminderAfterHours, Integer timeoutAfterHours, TimeoutAction timeoutAction) {

        public static StepForm empty() {
            return new StepForm(ApproverKind.ROLE, "", "", ApprovalMode.ANY_OF, null, null, null);
        }
    }

    public static ApprovalChainForm empty() {
        return new ApprovalChainForm("", "", true, List.of(StepForm.empty()), null);
    }

    public List<StepForm> stepList() {
        return steps == null ? List.of() : steps;
    }

    /** The same form with an empty step added at the end (the page's "add step" button). */
    public ApprovalChainForm withStepAdded() {
        var more = new ArrayList<>(stepList());
        more.add(StepForm.empty());
        return new ApprovalChainForm(businessType, name, active, more, version);
    }

    /** The same form without step {@code index} (from 0). */
    public ApprovalChainForm withStepRemoved(int index) {
        var fewer = new ArrayList<>(stepList());
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new ApprovalChainForm(businessType, name, active, fewer, version);
    }
}
