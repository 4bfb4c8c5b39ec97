package kehu.survey;

import kehu.organization.Permissions;

/**
 * Who may do what with surveys, as method-security expressions. There is no survey permission of its own:
 * the service supervisor's {@code service.dispatch} plans and runs surveys, {@code report.view} reads them,
 * and whoever takes calls ({@code service.intake}) may record answers.
 */
public final class SurveyAccess {

    public static final String VIEW = "hasAnyAuthority('" + Permissions.REPORT_VIEW + "','" + Permissions.SERVICE_DISPATCH + "')";
    public static final String MANAGE = "hasAuthority('" + Permissions.SERVICE_DISPATCH + "')";
    public static final String RECORD = "hasAnyAuthority('" + Permissions.SERVICE_DISPATCH + "','" + Permissions.SERVICE_INTAKE + "')";

    /** Those who record answers see the campaign and its target group too. */
    public static final String VIEW_OR_RECORD = "hasAnyAuthority('" + Permissions.REPORT_VIEW + "','"
            + Permissions.SERVICE_DISPATCH + "','" + Permissions.SERVICE_INTAKE + "')";

    private SurveyAccess() {
    }
}
