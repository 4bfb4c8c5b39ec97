package kehu.organization;

import java.util.List;

/**
 * Every permission string Kehu knows (ORG-2). Roles bundle them; Spring Security sees each as an
 * authority. Labels live in the message bundles under {@code permission.<name>}.
 */
public final class Permissions {

    public static final String UNIT_VIEW = "org.unit.view";
    public static final String UNIT_MANAGE = "org.unit.manage";
    public static final String STAFF_VIEW = "org.staff.view";
    public static final String STAFF_MANAGE = "org.staff.manage";
    public static final String STAFF_SENSITIVE_VIEW = "org.staff.sensitive.view";
    public static final String ROLE_VIEW = "org.role.view";
    public static final String ROLE_MANAGE = "org.role.manage";
    public static final String CALENDAR_MANAGE = "platform.calendar.manage";
    public static final String DICTIONARY_MANAGE = "platform.dictionary.manage";
    public static final String APPROVAL_MANAGE = "platform.approval.manage";
    public static final String AUDIT_VIEW = "audit.view";
    public static final String AUDIT_EXPORT = "audit.export";
    public static final String CUSTOMER_VIEW = "customer.view";
    public static final String CUSTOMER_EDIT = "customer.edit";
    public static final String CUSTOMER_SENSITIVE_VIEW = "customer.sensitive.view";
    public static final String CUSTOMER_ADMIN = "customer.admin";
    public static final String ARCHIVE_VIEW = "archive.view";
    public static final String ARCHIVE_MANAGE = "archive.manage";
    public static final String ARCHIVE_LEND_APPROVE = "archive.lend.approve";
    public static final String SERVICE_INTAKE = "service.intake";
    public static final String SERVICE_DISPATCH = "service.dispatch";
    public static final String SERVICE_HANDLE = "service.handle";
    public static final String ASSESSMENT_SCORE = "assessment.score";
    public static final String REPORT_VIEW = "report.view";

    /** All permissions, in the order the role form lists them. */
    public static final List<String> ALL = List.of(
            UNIT_VIEW, UNIT_MANAGE, STAFF_VIEW, STAFF_MANAGE, STAFF_SENSITIVE_VIEW, ROLE_VIEW, ROLE_MANAGE,
            CALENDAR_MANAGE, DICTIONARY_MANAGE, APPROVAL_MANAGE, AUDIT_VIEW, AUDIT_EXPORT,
            CUSTOMER_VIEW, CUSTOMER_EDIT, CUSTOMER_SENSITIVE_VIEW, CUSTOMER_ADMIN,
            ARCHIVE_VIEW, ARCHIVE_MANAGE, ARCHIVE_LEND_APPROVE,
            SERVICE_INTAKE, SERVICE_DISPATCH, SERVICE_HANDLE, ASSESSMENT_SCORE, REPORT_VIEW);

    private Permissions() {
    }
}
