package kehu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import kehu.customer.AbcClass;
import kehu.customer.CustomerManagement;
import kehu.organization.DataScopes;
import kehu.organization.internal.RoleManagement;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.Units;
import kehu.platform.approval.ApprovalEngine;
import kehu.platform.approval.ApprovalQueries;
import kehu.support.KehuTest;
import kehu.support.Users;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The survey pages: plan with field errors, a running campaign, recording answers with per-item errors, analysis. */
@KehuTest
class SurveyPagesTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired CampaignManagement campaigns;
    @Autowired QuestionnaireManagement questionnaires;
    @Autowired CustomerManagement customers;
    @Autowired StaffManagement staffManagement;
    @Autowired StaffMembers staff;
    @Autowired Units units;
    @Autowired RoleManagement roles;
    @Autowired DataScopes scopes;
    @Autowired ApprovalQueries approvalQueries;
    @Autowired ApprovalEngine approvalEngine;

    org.springframework.test.web.servlet.request.RequestPostProcessor planner(SurveyScenario scenario) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                ((kehu.organization.KehuUser) users.loadUserByUsername(scenario.planner)).withPasswordChanged());
    }

    @Test
    void navigationShowsSurveysToSupervisorsAndReportReadersOnly() throws Exception {
        mvc.perform(get("/").with(Users.as(users, "supervisor")))
                .andExpect(content().string(containsString("满意度调查")));
        mvc.perform(get("/").with(Users.as(users, "gm")))
                .andExpect(content().string(containsString("href=\"/surveys/campaigns\"")));
        mvc.perform(get("/").with(Users.as(users, "manager")))
                .andExpect(content().string(not(containsString("href=\"/surveys/campaigns\""))));
        mvc.perform(get("/surveys/campaigns").with(Users.as(users, "manager"))).andExpect(status().isForbidden());
    }

    @Test
    void aPlanWithMistakesShowsEachErrorNextToItsField() throws Exception {
        mvc.perform(get("/surveys/campaigns/new").with(Users.as(users, "supervisor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"campaign-form\"")));
        mvc.perform(post("/surveys/campaigns/new").with(Users.as(users, "supervisor")).with(csrf())
                        .param("title", "").param("channel", "PHONE").param("startsOn", "2026-06-30")
                        .param("endsOn", "2026-06-01").param("targetMode", "VALUE_CLASS").param("sampleSize", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("结束日期不能早于开始日期")))
                .andExpect(content().string(containsString("请填写整数")));
    }

    @Test
    void aRunningCampaignTakesAnswersOnItsPagesAndShowsTheAnalysis() throws Exception {
        var scenario = SurveyScenario.create(staffManagement, staff, units, roles, scopes, users, customers);
        long customer = scenario.customer("页面答卷客户" + scenario.plannerId, AbcClass.A, null);
        var questionnaire = scenario.asPlanner(() -> questionnaires.publish(
                questionnaires.create(SurveyFixtures.everyKind("页面问卷" + scenario.plannerId))));
        var result = mvc.perform(post("/surveys/campaigns/new").with(planner(scenario)).with(csrf())
                        .param("title", "页面调查").param("channel", "VISIT").param("templateVersionId",
                                String.valueOf(questionnaire.versionId()))
                        .param("startsOn", "2026-01-01").param("endsOn", "2099-12-31").param("targetMode", "ALL"))
                .andExpect(redirectedUrlPattern("/surveys/campaigns/*")).andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        mvc.perform(post("/surveys/campaigns/{id}/submit", id).with(planner(scenario)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long gm = staff.findByUsername("gm").orElseThrow().getId();
        long approvalId = scenario.asPlanner(() -> campaigns.get(id).approvalId());
        var task = approvalQueries.inbox(gm).stream().filter(i -> i.approvalId() == approvalId).findFirst().orElseThrow();
        scenario.as("gm", () -> {
            approvalEngine.approve(task.taskId(), gm, null);
            return null;
        });
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> scenario.asPlanner(() -> campaigns.get(id).status()) == CampaignStatus.APPROVED);
        mvc.perform(post("/surveys/campaigns/{id}/start", id).with(planner(scenario)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/surveys/campaigns/{id}", id).with(planner(scenario)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"target-" + customer + "\"")))
                .andExpect(content().string(containsString("进行中")));

        long scale = questionnaire.items().get(0).id();
        long nps = questionnaire.items().get(4).id();
        long text = questionnaire.items().get(5).id();
        long yesNo = questionnaire.items().get(1).id();
        mvc.perform(get("/surveys/campaigns/{id}/respond", id).param("customerId", String.valueOf(customer))
                        .with(planner(scenario)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"a." + nps + "\"")));
        // the NPS item is missing: the page says which item, and keeps what was typed
        mvc.perform(post("/surveys/campaigns/{id}/respond", id).with(planner(scenario)).with(csrf())
                        .param("customerId", String.valueOf(customer)).param("a." + scale, "1").param("a." + yesNo, "no")
                        .param("a." + text, "维修人员没有按约定时间上门").param("flag." + text, "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 5 题为必答题，请作答")))
                .andExpect(content().string(containsString("维修人员没有按约定时间上门")));
        mvc.perform(post("/surveys/campaigns/{id}/respond", id).with(planner(scenario)).with(csrf())
                        .param("customerId", String.valueOf(customer)).param("a." + scale, "1").param("a." + yesNo, "no")
                        .param("a." + nps, "2").param("a." + text, "维修人员没有按约定时间上门").param("flag." + text, "on"))
                .andExpect(redirectedUrlPattern("/surveys/campaigns/*"));

        var answerSetId = scenario.asPlanner(() -> campaigns.targets(id, org.springframework.data.domain.PageRequest.of(0, 5)))
                .getContent().get(0).answerSetId();
        mvc.perform(get("/surveys/campaigns/{id}/responses/{s}", id, answerSetId).with(Users.as(users, "gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该客户反映了问题")))
                .andExpect(content().string(containsString("维修人员没有按约定时间上门")))
                .andExpect(content().string(containsString("需回访")));
        mvc.perform(get("/surveys/campaigns/{id}", id).param("lang", "en").with(Users.as(users, "gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Target group")))
                .andExpect(content().string(containsString("1 of 1 answered, 1 to follow up")));

        var analysis = mvc.perform(get("/surveys/campaigns/{id}/analysis", id).with(Users.as(users, "gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("平均分 1.00 / 5")))
                .andExpect(content().string(containsString("净推荐值 NPS -100（")))
                .andExpect(content().string(containsString("页面答卷客户" + scenario.plannerId)))
                .andReturn().getResponse().getContentAsString();
        assertThat(analysis).contains("width:100.0%").contains("维修人员没有按约定时间上门");

        mvc.perform(post("/surveys/campaigns/{id}/actions", id).with(planner(scenario)).with(csrf())
                        .param("description", "").param("responsible", "工程部"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("必填")));
        mvc.perform(post("/surveys/campaigns/{id}/actions", id).with(planner(scenario)).with(csrf())
                        .param("description", "上门前一小时电话确认").param("responsible", "工程部")
                        .param("dueOn", LocalDate.of(2026, 12, 31).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/surveys/campaigns/{id}/analysis", id).with(planner(scenario)))
                .andExpect(content().string(containsString("上门前一小时电话确认")));
    }
}
