package kehu.platform.approval;

import java.util.List;

/** Finds the approvers of a step when it starts (see {@link ApproverPolicy}). */
interface ApproverResolver {

    /**
     * @param approvers who gets a task, in a stable order; empty when nobody at all can approve
     * @param fallback  whether the step's own rule found nobody and the administrators were taken instead
     */
    record Resolution(List<Long> approvers, boolean fallback) {
    }

    Resolution resolve(StepRule rule, long applicantStaffId, long subjectStaffId);
}
