package kehu.organization.internal;

import static kehu.organization.Permissions.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kehu.organization.DataScopeKind;

/** The roles of SPEC.md's role table, created on first start; administrators may edit them. */
final class BuiltinRoles {

    record Definition(String code, String name, String description, DataScopeKind scope, Set<String> permissions) {
    }

    static final String ADMIN = "ADMIN";

    static final List<Definition> ALL = List.of(
            new Definition(ADMIN, "系统管理员", "组织、用户、角色、参数配置", DataScopeKind.ALL, new LinkedHashSet<>(kehu.organization.Permissions.ALL)),
            new Definition("CUSTOMER_MANAGER", "客户经理", "管户：拜访、跟进、关系计划、信息反馈", DataScopeKind.OWN,
                    Set.of(CUSTOMER_VIEW, CUSTOMER_EDIT, CUSTOMER_SENSITIVE_VIEW, ARCHIVE_VIEW)),
            new Definition("SERVICE_CLERK", "客服员", "报事受理、值班记录、回访（楼层管家按所辖区域）", DataScopeKind.AREA,
                    Set.of(SERVICE_INTAKE, CUSTOMER_VIEW)),
            new Definition("SERVICE_SUPERVISOR", "客服主管", "派单、督办升级、满意度调查、服务报表", DataScopeKind.SUBTREE,
                    Set.of(SERVICE_INTAKE, SERVICE_DISPATCH, CUSTOMER_VIEW, REPORT_VIEW, STAFF_VIEW, UNIT_VIEW)),
            new Definition("HANDLER", "部门处理人", "处理派到本部门的工作单", DataScopeKind.UNIT,
                    Set.of(SERVICE_HANDLE)),
            new Definition("ARCHIVIST", "档案管理员", "档案接收、整理、保管、借阅、销毁", DataScopeKind.ALL,
                    Set.of(ARCHIVE_VIEW, ARCHIVE_MANAGE, CUSTOMER_VIEW)),
            new Definition("ASSESSOR", "考评员", "考核评分、免责审核", DataScopeKind.SUBTREE,
                    Set.of(ASSESSMENT_SCORE, STAFF_VIEW, REPORT_VIEW)),
            new Definition("UNIT_HEAD", "部门负责人", "审批、计划、本部门人员与报表", DataScopeKind.SUBTREE,
                    Set.of(UNIT_VIEW, STAFF_VIEW, ARCHIVE_LEND_APPROVE, REPORT_VIEW, CUSTOMER_VIEW)),
            new Definition("GENERAL_MANAGER", "总经理", "审批、全局看板、报表", DataScopeKind.ALL,
                    Set.of(UNIT_VIEW, STAFF_VIEW, ARCHIVE_LEND_APPROVE, REPORT_VIEW, CUSTOMER_VIEW, AUDIT_VIEW)));

    private BuiltinRoles() {
    }
}
