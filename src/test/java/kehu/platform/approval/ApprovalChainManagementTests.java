package kehu.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import kehu.organization.KehuUser;
import kehu.platform.ApprovalRequest;
import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

@KehuTest
class ApprovalChainManagementTests {

    @Autowired
    ApprovalChainManagement chains;

    @Autowired
    ApprovalEngine engine;

    @Autowired
    ApprovalQueries queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(((KehuUser) users.loadUserByUsername(username)).withPasswordChanged());
    }

    static String type() {
        return "test.chain-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ApprovalChainForm.StepForm step(ApproverKind kind, String role, String person, Integer remind, Integer timeout,
                                           TimeoutAction action) {
        return new ApprovalChainForm.StepForm(kind, role, person, ApprovalMode.ANY_OF, remind, timeout, action);
    }

    @Test
    @WithUserDetails("admin")
    void seedChainMakesAnAdministratorApproveRoleChanges() {
        assertThat(chains.list()).filteredOn(c -> c.businessType().equals("org.role-change")).singleElement()
                .satisfies(c -> {
                    assertThat(c.active()).isTrue();
                    assertThat(c.steps()).singleElement().satisfies(s -> {
                        assertThat(s.approverKind()).isEqualTo(ApproverKind.ROLE);
                        assertThat(s.roleCode()).isEqualTo("ADMIN");
                        assertThat(s.mode()).isEqualTo(ApprovalMode.ANY_OF);
                        assertThat(s.reminderAfterHours()).isEqualTo(24);
                        assertThat(s.timeoutAfterHours()).isEqualTo(72);
                        assertThat(s.timeoutAction()).isEqualTo(TimeoutAction.REJECT);
                    });
                });
    }

    @Test
    @WithUserDetails("admin")
    void createsAChainThatNewApprovalsFollow() {
        var type = type();
        var view = chains.create(new ApprovalChainForm(type, " 档案借阅 ", true, List.of(
                step(ApproverKind.UNIT_HEAD, null, null, 4, 24, TimeoutAction.ESCALATE),
                step(ApproverKind.PERSON, null, "archivist", null, null, null)), null));
        assertThat(view.name()).isEqualTo("档案借阅");
        assertThat(view.steps()).extracting(ChainView.Step::stepNo).containsExactly(1, 2);
        assertThat(view.steps().get(1).personName()).contains("archivist");

        long id = engine.start(new ApprovalRequest(type, "42", "借阅", 1, 1));
        assertThat(queries.details(id, 0, true).steps()).hasSize(2);
    }

    @Test
    @WithUserDetails("admin")
    void refusesABadChainFieldByFieldAndSavesNothing() {
        var type = type();
        var form = new ApprovalChainForm(type, "<b>", true, List.of(
                step(ApproverKind.ROLE, "NO_SUCH_ROLE", null, 0, null, null),
                step(ApproverKind.PERSON, null, "nobody-here", 10, 5, null),
                step(null, null, null, null, 5, TimeoutAction.ESCALATE)), null);
        assertThatThrownBy(() -> chains.create(form)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
                        "name:validation.plainText",
                        "steps[0].roleCode:approval.chain.role.unknown",
                        "steps[0].reminderAfterHours:approval.chain.hours.range",
                        "steps[1].personUsername:approval.person.unknown",
                        "steps[1].timeoutAction:approval.chain.timeoutAction.required",
                        "steps[1].reminderAfterHours:approval.chain.reminder.beforeTimeout",
                        "steps[2].approverKind:validation.required",
                        "steps[2].timeoutAction:approval.chain.escalate.last"));
        assertThatThrownBy(() -> chains.create(new ApprovalChainForm("Bad Type", "x", true, List.of(), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
                                "businessType:approval.chain.businessType.format", "steps:approval.chain.steps.required"));
        assertThatThrownBy(() -> chains.create(new ApprovalChainForm("org.role-change", "x", true,
                List.of(step(ApproverKind.DIRECT_SUPERIOR, null, null, null, null, null)), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly("businessType:approval.chain.businessType.taken"));
        assertThat(chains.list()).noneMatch(c -> c.businessType().equals(type));
    }

    @Test
    @WithUserDetails("admin")
    void editingStepsRaisesTheVersionAndAStaleEditIsRefused() {
        var created = chains.create(new ApprovalChainForm(type(), "两步", true, List.of(
                step(ApproverKind.DIRECT_SUPERIOR, null, null, null, null, null)), null));
        var edited = chains.update(created.id(), new ApprovalChainForm(null, "两步", true, List.of(
                step(ApproverKind.DIRECT_SUPERIOR, null, null, null, null, null),
                step(ApproverKind.ROLE, "GENERAL_MANAGER", null, 2, 8, TimeoutAction.APPROVE)), created.version()));
        assertThat(edited.steps()).hasSize(2);
        assertThat(edited.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> chains.update(created.id(), new ApprovalChainForm(null, "旧", true, List.of(
                step(ApproverKind.UNIT_HEAD, null, null, null, null, null)), created.version())))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        var shorter = chains.update(created.id(), new ApprovalChainForm(null, "一步", false, List.of(
                step(ApproverKind.UNIT_HEAD, null, null, null, null, null)), edited.version()));
        assertThat(shorter.steps()).singleElement().extracting(ChainView.Step::approverKind).isEqualTo(ApproverKind.UNIT_HEAD);
        assertThat(shorter.active()).isFalse();
    }

    @Test
    @WithUserDetails("clerk")
    void onlyChainAdministratorsConfigureChains() {
        assertThatThrownBy(() -> chains.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void chainPagesRenderAndValidate() throws Exception {
        mvc.perform(get("/platform/approval-chains").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("org.role-change")))
                .andExpect(content().string(Matchers.containsString("角色 ADMIN")));
        mvc.perform(get("/platform/approval-chains/new").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"steps[0].approverKind\"")));
        mvc.perform(get("/platform/approval-chains").with(as("clerk"))).andExpect(status().isForbidden());

        var type = type();
        // add a step without saving
        mvc.perform(post("/platform/approval-chains/new").with(as("admin")).with(csrf())
                        .param("businessType", type).param("name", "页面").param("active", "true")
                        .param("steps[0].approverKind", "DIRECT_SUPERIOR").param("steps[0].mode", "ANY_OF")
                        .param("addStep", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"steps[1].approverKind\"")));
        // a field error is shown next to the field
        mvc.perform(post("/platform/approval-chains/new").with(as("admin")).with(csrf())
                        .param("businessType", type).param("name", "页面").param("active", "true")
                        .param("steps[0].approverKind", "ROLE").param("steps[0].roleCode", "NOPE")
                        .param("steps[0].mode", "ANY_OF"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("角色 NOPE 不存在")));
        // a good one is saved
        mvc.perform(post("/platform/approval-chains/new").with(as("admin")).with(csrf())
                        .param("businessType", type).param("name", "页面").param("_active", "on")
                        .param("steps[0].approverKind", "DIRECT_SUPERIOR").param("steps[0].mode", "ANY_OF")
                        .param("steps[1].approverKind", "ROLE").param("steps[1].roleCode", "GENERAL_MANAGER")
                        .param("steps[1].mode", "ALL_OF").param("steps[1].timeoutAfterHours", "48")
                        .param("steps[1].timeoutAction", "REJECT"))
                .andExpect(status().isFound());
        var saved = mvc.perform(get("/api/v1/approval-chains").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> matching = JsonPath.read(saved, "$[?(@.businessType == '" + type + "')]");
        assertThat(matching).hasSize(1);
        assertThat(JsonPath.<List<Boolean>>read(saved, "$[?(@.businessType == '" + type + "')].active"))
                .as("unchecked box: inactive").containsExactly(false);
        Integer id = JsonPath.<List<Integer>>read(saved, "$[?(@.businessType == '" + type + "')].id").get(0);
        mvc.perform(get("/platform/approval-chains/{id}", id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"GENERAL_MANAGER\"")));
    }

    @Test
    void chainApiCreatesUpdatesAndDeactivates() throws Exception {
        var type = type();
        var body = """
                {"businessType":"%s","name":"接口","active":true,"steps":[
                  {"approverKind":"PERSON","personUsername":"gm","mode":"ANY_OF","reminderAfterHours":1,
                   "timeoutAfterHours":2,"timeoutAction":"REJECT"}]}""".formatted(type);
        var created = mvc.perform(post("/api/v1/approval-chains").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.steps[0].personName", Matchers.containsString("gm")))
                .andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/v1/approval-chains/{id}", id).with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"接口\",\"steps\":[{\"approverKind\":\"ROLE\",\"roleCode\":\"X_NOT_A_ROLE\",\"mode\":\"ALL_OF\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("steps[0].roleCode"))
                .andExpect(jsonPath("$.errors[0].message").value("角色 X_NOT_A_ROLE 不存在"));
        mvc.perform(delete("/api/v1/approval-chains/{id}", id).with(as("admin")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/approval-chains/{id}", id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/approval-chains").with(as("clerk"))).andExpect(status().isForbidden());
    }
}
