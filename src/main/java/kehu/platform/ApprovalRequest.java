package kehu.platform;

/**
 * @param businessType     what is being approved, e.g. {@code org.role-change}; selects the chain
 * @param businessKey      id of the business record, returned in {@link ApprovalDecided}
 * @param title            one line for the approver's inbox
 * @param applicantStaffId who asks
 * @param subjectStaffId   the person the relations "direct superior" and "unit head" refer to
 *                         (usually the applicant; for a role change, the staff member concerned)
 */
public record ApprovalRequest(String businessType, String businessKey, String title,
                              long applicantStaffId, long subjectStaffId) {
}
