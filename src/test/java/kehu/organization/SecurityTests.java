package kehu.organization;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import kehu.organization.internal.RoleForm;
import kehu.organization.internal.RoleManagement;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.SystemActor;
import kehu.organization.internal.Units;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@KehuTest
@RecordApplicationEvents
class SecurityTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired StaffManagement staffManagement;
    @Autowired RoleManagement roleManagement;
    @Autowired StaffMembers staff;
    @Autowired Units units;
    @Autowired DataScopes scopes;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired kehu.audit.AuditLog auditLog;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long unitId(String code) {
        return units.findByCode(code).orElseThrow().getId();
    }

    long staffId(String username) {
        return staff.findByUsername(username).orElseThrow().getId();
    }

    /** Creates a staff member in a unit and returns the initial password. */
    String newStaff(String username, String unitCode) {
        return SystemActor.call(() -> staffManagement.create(
                new StaffForm(username, "测试" + username, unitId(unitCode), null, null, "", "", Set.of()),
                scopes.of(staffId("admin"), Permissions.STAFF_VIEW)).initialPassword());
    }

    /** A staff member who has already chosen their password ({@code Chosen-pass-1}). */
    void newStaffReady(String username, String unitCode) {
        var initial = newStaff(username, unitCode);
        staffManagement.changeOwnPassword(staffId(username), initial, "Chosen-pass-1", "Chosen-pass-1");
    }

    @Test
    void aUserWithoutThePermissionGets403AndTheAttemptIsAudited() throws Exception {
        mvc.perform(get("/org/staff").with(as(users, "clerk")))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/error/forbidden"));
        mvc.perform(get("/api/v1/staff").with(as(users, "clerk")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(403));

        assertThat(events.stream(AuditableAction.class)
                .filter(a -> a.action().equals("access.denied") && a.actor().equals("clerk")))
                .extracting(AuditableAction::after)
                .contains("GET /org/staff", "GET /api/v1/staff");
        // and it lands in the hash-chained audit log
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                auditLog.search(new kehu.audit.AuditFilter(null, null, "clerk", "access.denied", null, null, "/api/v1/staff"),
                        org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .isNotEmpty());
    }

    @Test
    void fiveFailedSignInsWithinFifteenMinutesLockTheAccount() throws Exception {
        var password = newStaff("lock.me", "ENG");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("lock.me").password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("lock.me").password(password))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(staff.findByUsername("lock.me").orElseThrow().getLockedUntil()).isNotNull();
        assertThat(events.stream(AuditableAction.class).filter(a -> a.action().equals("login.locked"))).hasSize(1);

        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        mvc.perform(formLogin().user("lock.me").password(password)).andExpect(authenticated());
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() throws Exception {
        var password = newStaff("slow.typist", "ENG");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user("slow.typist").password("wrong")).andExpect(unauthenticated());
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        mvc.perform(formLogin().user("slow.typist").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin().user("slow.typist").password(password)).andExpect(authenticated());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        long before = units.count();
        mvc.perform(post("/org/units").with(as(users, "admin"))
                        .param("code", "NOCSRF").param("name", "无令牌").param("parentId", String.valueOf(unitId("HQ")))
                        .param("sortOrder", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/units").with(as(users, "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"NOCSRF\",\"name\":\"无令牌\",\"parentId\":" + unitId("HQ") + ",\"sortOrder\":0}"))
                .andExpect(status().isForbidden());
        assertThat(units.count()).isEqualTo(before);

        mvc.perform(post("/org/units").with(as(users, "admin")).with(csrf())
                        .param("code", "WITHCSRF").param("name", "有令牌").param("parentId", String.valueOf(unitId("HQ")))
                        .param("sortOrder", "0"))
                .andExpect(status().isFound());
        assertThat(units.findByCode("WITHCSRF")).isPresent();
    }

    @Test
    void staffOfOneUnitCannotReadAnotherUnitsRecordsWhenTheScopeIsOwnUnit() throws Exception {
        var role = SystemActor.call(() -> roleManagement.create(new RoleForm("ENG_STAFF_VIEWER", "工程部人员查看", null,
                DataScopeKind.UNIT, Set.of(Permissions.STAFF_VIEW))));
        newStaffReady("eng.viewer", "ENG");
        SystemActor.run(() -> staffManagement.applyRoles(staffId("eng.viewer"), Set.of(role.getId())));
        long clerk = staffId("clerk");
        long handler = staffId("handler");

        // API
        var json = mvc.perform(get("/api/v1/staff?size=200").with(as(users, "eng.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> unitIds = JsonPath.read(json, "$.content[*].unitId");
        java.util.List<String> names = JsonPath.read(json, "$.content[*].username");
        assertThat(unitIds).isNotEmpty().allMatch(id -> id == unitId("ENG"));
        assertThat(names).contains("handler", "eng.viewer").doesNotContain("clerk", "admin");
        mvc.perform(get("/api/v1/staff/" + clerk).with(as(users, "eng.viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/" + handler).with(as(users, "eng.viewer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/staff?unitId=" + unitId("CSD")).with(as(users, "eng.viewer")))
                .andExpect(jsonPath("$.totalElements").value(0));

        // UI
        mvc.perform(get("/org/staff").with(as(users, "eng.viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">handler<")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">clerk<"))));
        mvc.perform(get("/org/staff/" + clerk).with(as(users, "eng.viewer"))).andExpect(status().isNotFound());
    }

    @Test
    void aSubtreeScopeReachesUnitsBelowButNotSiblings() throws Exception {
        // head (部门负责人, scope "unit and below") works in 城东分公司; manager sits in 城东市场部 below it.
        var json = mvc.perform(get("/api/v1/staff?size=200").with(as(users, "head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<String> names = JsonPath.read(json, "$.content[*].username");
        assertThat(names).contains("head", "manager").doesNotContain("manager2", "clerk");
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeTheApiAnswers() throws Exception {
        var initial = newStaff("new.joiner", "CSD");
        var tokenJson = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"new.joiner\",\"password\":\"" + initial + "\",\"name\":\"cli\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(tokenJson, "$.token");
        var bearer = "Bearer " + token;

        mvc.perform(get("/api/v1/staff").header("Authorization", bearer))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("初始密码")));
        mvc.perform(post("/api/v1/account/password").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"short\",\"confirmation\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(post("/api/v1/account/password").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"Chosen-pass-42\",\"confirmation\":\"Chosen-pass-42\"}"))
                .andExpect(status().isNoContent());
        // no longer blocked: now the ordinary permission check answers (this person holds no role yet)
        mvc.perform(get("/api/v1/staff").header("Authorization", bearer))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("没有执行此操作的权限")));
    }

    @Test
    void aPersonWithAnInitialPasswordIsSentToThePasswordPage() throws Exception {
        var initial = newStaff("first.day", "CSD");
        var session = mvc.perform(formLogin().user("first.day").password(initial)).andExpect(authenticated())
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/account/password")));
    }

    @Test
    void badOrMissingApiTokensGet401() throws Exception {
        mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer kehu_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"gm\",\"password\":\"wrong\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aValidTokenAuthenticatesWithoutSessionOrCsrf() throws Exception {
        var json = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"gm\",\"password\":\"Demo@2026\",\"name\":\"report sync\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(json, "$.token");
        assertThat(token).startsWith("kehu_");
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("HQ"));
    }
}
