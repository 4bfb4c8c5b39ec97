package kehu.organization.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import kehu.organization.OrganizationSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: the built-in roles, a root unit and the administrator {@code admin}, whose initial
 * password comes from {@code KEHU_ADMIN_PASSWORD} or is generated and printed once. With
 * {@code kehu.demo.enabled} it also creates a demo organisation with one user per role.
 */
@Component
@Order(10)
class OrganizationBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationBootstrap.class);
    static final String DEMO_PASSWORD = "Demo@2026";

    private final Roles roles;
    private final Units units;
    private final StaffMembers staff;
    private final Positions positions;
    private final UnitManagement unitManagement;
    private final PasswordEncoder passwords;
    private final OrganizationSettings settings;
    private final TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final boolean demo;

    OrganizationBootstrap(Roles roles, Units units, StaffMembers staff, Positions positions,
                          UnitManagement unitManagement, PasswordEncoder passwords, OrganizationSettings settings,
                          TransactionTemplate tx, org.springframework.context.ApplicationEventPublisher events,
                          java.time.Clock clock, @Value("${kehu.demo.enabled:false}") boolean demo) {
        this.events = events;
        this.clock = clock;
        this.roles = roles;
        this.units = units;
        this.staff = staff;
        this.positions = positions;
        this.unitManagement = unitManagement;
        this.passwords = passwords;
        this.settings = settings;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> tx.executeWithoutResult(status -> {
            for (var def : BuiltinRoles.ALL) {
                if (!roles.existsByCode(def.code())) {
                    var role = roles.save(new Role(def.code(), def.name(), def.description(), def.scope(), true, def.permissions()));
                    audit("role.create", "role", role.getId(), "code=" + role.getCode() + ", builtin");
                }
            }
            if (staff.existsByUsername("admin")) {
                return;
            }
            var root = units.count() == 0
                    ? unitManagement.create(new UnitForm("HQ", demo ? "示范客户服务公司" : "本机构", null, 0))
                    : units.findAllByOrderByDepthAscSortOrderAscNameAsc().get(0);
            var given = settings.adminPassword();
            var initial = given == null || given.isBlank() ? StaffManagement.generatePassword() : given;
            var admin = new Staff("admin", "系统管理员", root.getId(), passwords.encode(initial));
            if (!settings.adminMustChangePassword()) {
                admin.acceptPasswordAsChosen();
            }
            admin.assignRoles(Set.of(roles.findByCode(BuiltinRoles.ADMIN).orElseThrow().getId()));
            staff.save(admin);
            audit("staff.create", "staff", admin.getId(), "username=admin, roles=ADMIN");
            if (given == null || given.isBlank()) {
                log.warn("Initial password of 'admin' (shown once, change it at first sign-in): {}", initial);
            } else {
                log.info("Administrator 'admin' created with the password from KEHU_ADMIN_PASSWORD");
            }
            if (demo) {
                createDemoOrganisation(root);
            }
        }));
    }

    private void createDemoOrganisation(Unit root) {
        var gmo = unit("GMO", "总经理办公室", root, 1);
        var csd = unit("CSD", "客户服务部", root, 2);
        var arc = unit("ARC", "档案室", root, 3);
        var eng = unit("ENG", "工程部", root, 4);
        var east = unit("EAST", "城东分公司", root, 5);
        var eastMkt = unit("EAST-MKT", "城东市场部", east, 1);
        var west = unit("WEST", "城西分公司", root, 6);
        var westMkt = unit("WEST-MKT", "城西市场部", west, 1);

        var pManager = positions.save(new Position("客户经理", "负责所管客户的拜访、跟进、需求收集与关系维护"));
        var pClerk = positions.save(new Position("客服专员", "受理客户报事，记录值班接待，按时回访"));
        var pHead = positions.save(new Position("部门经理", "部门日常管理、审批与考核"));

        Map<String, Staff> made = new HashMap<>();
        made.put("gm", person("gm", "王总", gmo, pHead, null, "GENERAL_MANAGER"));
        made.put("supervisor", person("supervisor", "李主管", csd, pHead, made.get("gm"), "SERVICE_SUPERVISOR"));
        made.put("clerk", person("clerk", "张客服", csd, pClerk, made.get("supervisor"), "SERVICE_CLERK"));
        made.get("clerk").assignAreas(Set.of("F01", "F02"));
        made.put("handler", person("handler", "赵师傅", eng, null, made.get("gm"), "HANDLER"));
        made.put("archivist", person("archivist", "陈档案", arc, null, made.get("gm"), "ARCHIVIST"));
        made.put("head", person("head", "孙部长", east, pHead, made.get("gm"), "UNIT_HEAD"));
        made.put("manager", person("manager", "刘经理", eastMkt, pManager, made.get("head"), "CUSTOMER_MANAGER"));
        made.put("manager2", person("manager2", "周经理", westMkt, pManager, made.get("gm"), "CUSTOMER_MANAGER"));
        made.put("assessor", person("assessor", "吴考评", root, null, made.get("gm"), "ASSESSOR"));
        gmo.appointHead(made.get("gm").getId());
        csd.appointHead(made.get("supervisor").getId());
        east.appointHead(made.get("head").getId());
        log.info("Demo organisation created; demo users sign in with password {}", DEMO_PASSWORD);
    }

    private void audit(String action, String type, Long id, String after) {
        events.publishEvent(kehu.shared.AuditableAction.of(action, kehu.shared.PersistenceConfiguration.SYSTEM, type, id,
                null, after, clock.instant()));
    }

    private Unit unit(String code, String name, Unit parent, int sort) {
        return unitManagement.create(new UnitForm(code, name, parent.getId(), sort));
    }

    private Staff person(String username, String name, Unit unit, Position position, Staff superior, String roleCode) {
        var s = new Staff(username, name, unit.getId(), passwords.encode(DEMO_PASSWORD));
        var mobile = "1380013" + String.format("%04d", 1000 + Math.abs(username.hashCode() % 9000));
        s.describe(name, unit.getId(), position == null ? null : position.getId(),
                superior == null ? null : superior.getId(), mobile, username + "@kehu.example");
        s.acceptPasswordAsChosen();
        s.assignRoles(Set.of(roles.findByCode(roleCode).orElseThrow().getId()));
        var saved = staff.save(s);
        audit("staff.create", "staff", saved.getId(), "username=" + username + ", demo, roles=" + roleCode);
        return saved;
    }
}
