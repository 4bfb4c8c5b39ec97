package kehu.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.internal.RoleChange;
import kehu.organization.internal.RoleChangeManagement;
import kehu.organization.internal.Roles;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.support.KehuTest;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation's real use: a role change waits for an administrator's approval in the inbox. */
@KehuTest
class RoleChangeApprovalTests {

    @Autowired
    RoleChangeManagement roleChanges;

    @Autowired
    StaffManagement staffManagement;

    @Autowired
    Roles roles;

    @Autowired
    DataScopes scopes;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    ApprovalQueries queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("admin")
    void administratorApprovesARoleChangeInTheInboxAndTheRolesChange() throws Exception {
        long admin = organization.staffByUsername("admin").orElseThrow().id();
        var scope = scopes.of(admin, Permissions.STAFF_MANAGE);
        var csd = organization.staffByUsername("clerk").orElseThrow().unitId();
        var username = "rc" + UUID.randomUUID().toString().substring(0, 8);
        var staff = staffManagement.create(new StaffForm(username, "角色变更测试", csd, null, null, "", "", Set.of()),
                scope).staff();
        long archivistRole = roles.findByCode("ARCHIVIST").orElseThrow().getId();

        RoleChange change = roleChanges.request(staff.getId(), Set.of(archivistRole), "调岗到档案室", admin, scope);

        assertThat(change.getApprovalId()).isNotNull();
        assertThat(organization.staffWithRole("ARCHIVIST")).doesNotContain(staff.getId());
        var item = queries.inbox(admin).stream().filter(i -> i.approvalId() == change.getApprovalId())
                .findFirst().orElseThrow();
        assertThat(item.businessType()).isEqualTo(RoleChangeManagement.BUSINESS_TYPE);
        assertThat(item.title()).contains(username);
        assertThat(item.timeoutAt()).isEqualTo(item.assignedAt().plus(Duration.ofHours(72)));

        var asAdmin = user(((KehuUser) users.loadUserByUsername("admin")).withPasswordChanged());
        mvc.perform(get("/approvals/inbox").with(asAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"task-" + item.taskId() + "\"")));
        mvc.perform(post("/approvals/tasks/{id}/approve", item.taskId()).with(asAdmin).with(csrf())
                        .header("HX-Request", "true").param("comment", "同意调岗"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已同意")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> organization.staffWithRole("ARCHIVIST").contains(staff.getId()));
        assertThat(queries.details(change.getApprovalId(), admin, true).status()).isEqualTo(Approval.Status.APPROVED);
    }
}
