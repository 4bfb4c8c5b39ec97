package kehu.platform.approval;

import static kehu.platform.approval.ApprovalScenario.relation;
import static kehu.platform.approval.ApprovalScenario.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.organization.KehuUser;
import kehu.support.KehuTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@KehuTest
@Import(ApprovalScenario.class)
class ApprovalPagesTests {

    @Autowired
    ApprovalScenario scenario;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(((KehuUser) users.loadUserByUsername(username)).withPasswordChanged());
    }

    @Test
    void inboxListsTasksAndRejectingWithoutAReasonShowsTheErrorInPlace() throws Exception {
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR), role("ARCHIVIST", ApprovalMode.ANY_OF));
        long id = scenario.start(type, "clerk", "supervisor");
        long task = scenario.taskOf(id, "gm");

        mvc.perform(get("/approvals/inbox").with(as("gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("待我审批")))
                .andExpect(content().string(Matchers.containsString("id=\"task-" + task + "\"")))
                .andExpect(content().string(Matchers.containsString("hx-post=\"/approvals/tasks/" + task + "/reject\"")));
        mvc.perform(get("/approvals/inbox").param("lang", "en").with(as("gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Waiting for me")));

        mvc.perform(post("/approvals/tasks/{id}/reject", task).with(as("gm")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("驳回须填写理由")))
                .andExpect(content().string(Matchers.containsString("id=\"task-" + task + "\"")));
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);

        mvc.perform(post("/approvals/tasks/{id}/approve", task).with(as("gm")).with(csrf()).param("comment", "可以"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/approvals/inbox"))
                .andExpect(flash().attribute("flash", "已同意。"));
        assertThat(scenario.hasTask(id, "archivist")).isTrue();

        // someone else's task: refused, nothing changes
        long next = scenario.taskOf(id, "archivist");
        mvc.perform(post("/approvals/tasks/{id}/approve", next).with(as("clerk")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("您不是此待办的审批人")));
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.PENDING);
    }

    @Test
    void detailPageShowsStepsTasksAndHistoryToThoseInvolvedOnly() throws Exception {
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR));
        long id = scenario.start(type, "clerk", "supervisor");
        scenario.engine.approve(scenario.taskOf(id, "gm"), scenario.staff("gm"), "同意申请");

        mvc.perform(get("/approvals/{id}", id).with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("审批记录")))
                .andExpect(content().string(Matchers.containsString("同意申请")))
                .andExpect(content().string(Matchers.containsString("王总 (gm)")))
                .andExpect(content().string(Matchers.containsString("审批结束")));
        mvc.perform(get("/approvals/{id}", id).with(as("gm"))).andExpect(status().isOk());
        mvc.perform(get("/approvals/{id}", id).with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/approvals/{id}", id).with(as("handler"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/approvals/{id}", id).with(as("handler"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/approvals/{id}", id).with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.history[*].event", Matchers.hasItems("STARTED", "APPROVED", "FINISHED")));
    }

    @Test
    void applicantWithdrawsFromTheDetailPage() throws Exception {
        var type = scenario.chain(relation(ApproverKind.DIRECT_SUPERIOR));
        long id = scenario.start(type, "clerk", "supervisor");
        mvc.perform(get("/approvals/{id}", id).with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/approvals/" + id + "/withdraw")));
        mvc.perform(post("/approvals/{id}/withdraw", id).with(as("clerk")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(scenario.details(id).status()).isEqualTo(Approval.Status.CANCELLED);
    }

    @Test
    void inboxApiListsTasksAndDecidesThem() throws Exception {
        var type = scenario.chain(scenario.person("head"));
        long id = scenario.start(type, "manager", "manager");
        long task = scenario.taskOf(id, "head");
        mvc.perform(get("/api/v1/approvals/inbox").with(as("head")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.taskId == " + task + ")].businessType").value(type));
        mvc.perform(post("/api/v1/approvals/tasks/{id}/reject", task).with(as("head")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(post("/api/v1/approvals/tasks/{id}/reject", task).with(as("head")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"不同意\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/v1/approvals/tasks/{id}/approve", task).with(as("head")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/approvals/requests").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.approvalId == " + id + ")].status").value("REJECTED"));
        mvc.perform(get("/api/v1/approvals/decided").with(as("head")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.taskId == " + task + ")].comment").value("不同意"));
    }
}
