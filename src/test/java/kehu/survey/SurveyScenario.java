package kehu.survey;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import kehu.customer.AbcClass;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.customer.ValueClass;
import kehu.organization.DataScopeKind;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.internal.RoleForm;
import kehu.organization.internal.RoleManagement;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.SystemActor;
import kehu.organization.internal.Units;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A survey planner of their own for each test: a staff member whose customer scope is OWN (so their target
 * group is exactly the customers the test gives them), who may plan surveys, and whose direct superior is the
 * general manager (who approves the campaign).
 */
final class SurveyScenario {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final long plannerId;
    final String planner;
    private final UserDetailsService users;
    private final CustomerManagement customers;
    private final DataScopes scopes;

    private SurveyScenario(long plannerId, String planner, UserDetailsService users, CustomerManagement customers,
                           DataScopes scopes) {
        this.plannerId = plannerId;
        this.planner = planner;
        this.users = users;
        this.customers = customers;
        this.scopes = scopes;
    }

    static SurveyScenario create(StaffManagement staffManagement, StaffMembers staff, Units units, RoleManagement roles,
                                 DataScopes scopes, UserDetailsService users, CustomerManagement customers) {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 1000) * 100;
        var username = "surveyor" + n;
        long id = SystemActor.call(() -> {
            long adminId = staff.findByUsername("admin").orElseThrow().getId();
            long gm = staff.findByUsername("gm").orElseThrow().getId();
            var created = staffManagement.create(new StaffForm(username, "调查员" + n,
                    units.findByCode("HQ").orElseThrow().getId(), null, gm, "", "", Set.of()),
                    scopes.of(adminId, Permissions.STAFF_VIEW));
            var role = roles.create(new RoleForm("SURVEYOR_" + n, "调查员角色" + n, null, DataScopeKind.OWN,
                    Set.of(Permissions.CUSTOMER_VIEW, Permissions.SERVICE_DISPATCH, Permissions.REPORT_VIEW)));
            staffManagement.applyRoles(created.staff().getId(), Set.of(role.getId()));
            return created.staff().getId();
        });
        return new SurveyScenario(id, username, users, customers, scopes);
    }

    /** A customer owned by the planner. */
    long customer(String name, AbcClass abc, ValueClass value) {
        return as("admin", () -> {
            var form = new CustomerForm(CustomerKind.INDIVIDUAL, name, "", "", "", "", "", "", "", CustomerStatus.ACTIVE,
                    Set.of(), "", plannerId, abc, null, value, "", false, Map.of(), "", null);
            long adminId = users.loadUserByUsername("admin") instanceof kehu.organization.KehuUser u ? u.staffId() : 0;
            return customers.create(form, scopes.of(adminId, Permissions.CUSTOMER_EDIT), true);
        });
    }

    <T> T asPlanner(Supplier<T> work) {
        return as(planner, work);
    }

    <T> T as(String username, Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
