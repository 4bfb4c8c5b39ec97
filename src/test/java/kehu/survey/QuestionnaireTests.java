package kehu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import kehu.audit.AuditFilter;
import kehu.audit.AuditLog;
import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** SUR-1: questionnaire templates with items of every kind, versioned, validated per field. */
@KehuTest
class QuestionnaireTests {

    @Autowired QuestionnaireManagement questionnaires;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;

    SurveyApiClient api;

    @BeforeEach
    void setUp() {
        api = new SurveyApiClient(mvc, users, json);
    }

    @Test
    @WithUserDetails("supervisor")
    void publishingFreezesAVersionAndEditingItStartsTheNextDraft() {
        long id = questionnaires.create(SurveyFixtures.everyKind("冻结测试问卷"));
        var draft = questionnaires.get(id).latest();
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(draft.items()).extracting(QuestionItem::kind).containsExactly(ItemKind.SCALE, ItemKind.YES_NO,
                ItemKind.SINGLE_CHOICE, ItemKind.MULTIPLE_CHOICE, ItemKind.NPS, ItemKind.TEXT);
        assertThat(draft.items()).extracting(QuestionItem::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(draft.items().get(2).options()).containsExactly("电话", "上门", "网上");

        // a draft changes in place
        var shorter = new TemplateForm("冻结测试问卷", null, SurveyFixtures.everyKind("x").items().subList(0, 2));
        var edited = questionnaires.edit(id, shorter);
        assertThat(edited.versionId()).isEqualTo(draft.versionId());
        assertThat(edited.items()).hasSize(2);

        var v1 = questionnaires.publish(id);
        assertThat(v1.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(v1.publishedAt()).isNotNull();
        assertThatThrownBy(() -> questionnaires.publish(id)).isInstanceOf(DomainException.class)
                .hasMessage("survey.template.noDraft");

        // editing the published template: a new draft version, version 1 untouched
        var reordered = new TemplateForm("冻结测试问卷（修订）", null, List.of(
                shorter.items().get(1), shorter.items().get(0),
                new ItemDraft(ItemKind.NPS, "推荐度", true, List.of())));
        var v2 = questionnaires.edit(id, reordered);
        assertThat(v2.versionId()).isNotEqualTo(v1.versionId());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v2.items()).extracting(QuestionItem::text).containsExactly("问题是否一次解决？", "您对接待服务满意吗？", "推荐度");
        var frozen = questionnaires.version(v1.versionId());
        assertThat(frozen.items()).extracting(QuestionItem::text).containsExactly("您对接待服务满意吗？", "问题是否一次解决？");
        assertThat(frozen.name()).isEqualTo("冻结测试问卷");

        // publishing version 2 supersedes version 1; new campaigns only see version 2
        questionnaires.publish(id);
        assertThat(questionnaires.version(v1.versionId()).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(questionnaires.publishedVersions()).extracting(Questionnaire::versionId)
                .contains(v2.versionId()).doesNotContain(v1.versionId());
        assertThat(questionnaires.get(id).versions()).extracting(VersionRow::versionNo).containsExactly(2, 1);
        assertThat(questionnaires.list()).filteredOn(r -> r.templateId() == id).singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("冻结测试问卷（修订）");
                    assertThat(r.publishedVersionNo()).isEqualTo(2);
                    assertThat(r.draftVersionId()).isNull();
                });
    }

    @Test
    void badItemsAreReportedPerFieldInChinese() throws Exception {
        var body = Map.of("name", "", "items", List.of(
                SurveyApiClient.item("SINGLE_CHOICE", "只有一个选项", true, "是"),
                SurveyApiClient.item("SCALE", "", true),
                SurveyApiClient.item("NPS", "推荐度", true, "0", "10"),
                SurveyApiClient.item("MULTIPLE_CHOICE", "重复选项", false, "快", "快")));
        api.post("supervisor", "/api/v1/surveys/templates", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[0].options')].message", hasItem("第 1 题：单选/多选题须有 2 到 20 个选项（每行一个）")))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].text')].message", hasItem("第 2 题：题目必填")))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[2].options')].message", hasItem("第 3 题：该题型不需要选项，请清空")))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[3].options')].message", hasItem("第 4 题：选项不能重复")));
        api.post("supervisor", "/api/v1/surveys/templates", Map.of("name", "空问卷", "items", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'items')].message", hasItem("至少要有一道题")));
    }

    @Test
    void theApiCreatesEditsAndPublishesAndOnlySupervisorsMayChangeTemplates() throws Exception {
        var body = Map.of("name", "接口问卷", "items", List.of(SurveyApiClient.item("SCALE", "满意吗？", true)));
        api.post("manager", "/api/v1/surveys/templates", body).andExpect(status().isForbidden());
        api.post("gm", "/api/v1/surveys/templates", body).andExpect(status().isForbidden());
        var created = api.post("supervisor", "/api/v1/surveys/templates", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latest.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.templateId")).longValue();
        api.post("supervisor", "/api/v1/surveys/templates/" + id + "/publish", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        api.put("supervisor", "/api/v1/surveys/templates/" + id, Map.of("name", "接口问卷", "items",
                        List.of(SurveyApiClient.item("YES_NO", "解决了吗？", true))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versionNo").value(2));
        api.get("gm", "/api/v1/surveys/templates/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.latest.items[0].kind").value("YES_NO"));
        api.get("manager", "/api/v1/surveys/templates/" + id).andExpect(status().isForbidden());
    }

    @Autowired AuditLog audit;

    @Test
    @WithUserDetails("supervisor")
    void everyTemplateChangeIsAudited() {
        long id = questionnaires.create(SurveyFixtures.everyKind("审计问卷"));
        questionnaires.publish(id);
        questionnaires.edit(id, SurveyFixtures.everyKind("审计问卷"));
        assertThat(auditedActions(id)).contains("survey.template.create", "survey.template.publish", "survey.template.edit");
    }

    List<String> auditedActions(long templateId) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> audit
                .search(new AuditFilter(null, null, null, null, "surveyTemplate", String.valueOf(templateId), null),
                        org.springframework.data.domain.PageRequest.of(0, 100)).getContent().stream()
                .map(e -> e.action()).toList(), l -> l.size() >= 3);
    }

    @Test
    void theEditorPagesWorkWithoutScripts() throws Exception {
        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/surveys/templates/new")
                        .with(kehu.support.Users.as(users, "supervisor"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "页面问卷").param("items[0].kind", "SCALE").param("items[0].text", "第一题")
                        .param("items[0].required", "true").param("op", "add"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("id=\"item-1\"")))
                .andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("value=\"第一题\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/surveys/templates/new")
                        .with(kehu.support.Users.as(users, "supervisor"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "页面问卷").param("items[0].kind", "SINGLE_CHOICE").param("items[0].text", "第一题")
                        .param("items[0].options", "只有一个"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("第 1 题：单选/多选题须有 2 到 20 个选项（每行一个）")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/surveys/templates/new")
                        .with(kehu.support.Users.as(users, "supervisor"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "页面问卷").param("items[0].kind", "SINGLE_CHOICE").param("items[0].text", "第一题")
                        .param("items[0].options", "甲\r\n乙\r\n"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/surveys/templates")
                        .with(kehu.support.Users.as(users, "gm")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("页面问卷")));
    }
}
