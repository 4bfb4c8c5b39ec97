package kehu.servicedesk;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kehu.servicedesk.internal.HandlingTemplates;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * SVC-7: handling templates per category and answers to frequent consultations, offered at intake by the category,
 * type and words of the call and on the matter page; kept by the supervisors, audited, switched off not deleted.
 */
@KehuTest
class ServiceGuideTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired HandlingTemplates templates;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
    }

    String guide(String user, String query) throws Exception {
        return api.get(user, "/api/v1/service/guide?" + query).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aRepairOfASubCategoryGetsItsOwnTemplateBeforeItsParentsAndTheFittingAnswers() throws Exception {
        var answer = guide("clerk", "type=REPAIR&categoryCode=plumbing-electrical&q=家里停电了");
        assertThat(JsonPath.<List<String>>read(answer, "$.templates[*].title")).containsExactly("水电报修", "工程报修（通用）");
        assertThat(JsonPath.<List<String>>read(answer, "$.templates[0].steps")).hasSize(5)
                .first().asString().contains("故障现象");
        assertThat(JsonPath.<String>read(answer, "$.templates[0].standardAnswer")).contains("30 分钟内");
        // the caller's words find the question about power cuts first
        assertThat(JsonPath.<List<String>>read(answer, "$.answers[*].question")).first().isEqualTo("家里停水或停电了怎么办？");

        // a complaint in the same category: the repair templates do not apply
        var complaint = guide("clerk", "type=COMPLAINT&categoryCode=plumbing-electrical");
        assertThat(JsonPath.<List<Object>>read(complaint, "$.templates")).isEmpty();
        // an elevator matter of any type gets the elevator template (written for any type)
        assertThat(JsonPath.<List<String>>read(guide("clerk", "type=HELP&categoryCode=elevator"), "$.templates[*].title"))
                .containsExactly("电梯故障或困人");
    }

    @Test
    void wordsAloneFindAnAnswerAndUnrelatedWordsFindNone() throws Exception {
        var fee = guide("clerk", "type=CONSULTATION&q=请问物业费怎么交");
        assertThat(JsonPath.<List<String>>read(fee, "$.answers[*].question")).as("怎么 alone finds nothing")
                .containsExactly("物业费的收费标准是多少？怎么缴纳？");
        var decoration = guide("clerk", "q=我要装修");
        assertThat(JsonPath.<List<String>>read(decoration, "$.answers[*].question")).containsExactly("装修需要办理什么手续？");
        var nothing = guide("clerk", "q=天气预报");
        assertThat(JsonPath.<List<Object>>read(nothing, "$.answers")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(guide("clerk", ""), "$.answers")).isEmpty();
    }

    @Test
    void theSupervisorKeepsTemplatesAndAnswersWithFieldErrorsAndOthersMayNot() throws Exception {
        var body = new HashMap<String, Object>();
        body.put("categoryCode", "greening");
        body.put("matterType", "COMPLAINT");
        body.put("title", "绿化投诉");
        body.put("steps", "记录位置\n\n  通知绿化班组  \n回访");
        body.put("standardAnswer", "已通知绿化班组处理。");
        var created = api.post("supervisor", "/api/v1/service/handling-templates", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(templates.findById(id).orElseThrow().getSteps()).as("blank lines dropped, lines trimmed")
                .isEqualTo("记录位置\n通知绿化班组\n回访");
        // greening is under 环境卫生: its own template first, then its parent's
        assertThat(JsonPath.<List<String>>read(guide("clerk", "type=COMPLAINT&categoryCode=greening"), "$.templates[*].title"))
                .containsExactly("绿化投诉", "环境卫生");

        // switched off: no longer offered, still listed
        api.post("supervisor", "/api/v1/service/handling-templates/" + id + "/active", Map.of("active", false))
                .andExpect(status().isNoContent());
        assertThat(JsonPath.<List<String>>read(guide("clerk", "type=COMPLAINT&categoryCode=greening"), "$.templates[*].title"))
                .containsExactly("环境卫生");
        api.get("supervisor", "/api/v1/service/handling-templates").andExpect(jsonPath("$[?(@.id == " + id + ")].active")
                .value(org.hamcrest.Matchers.contains(false)));

        // bad input names the fields; a clerk may not write
        var bad = api.post("supervisor", "/api/v1/service/handling-templates", Map.of("categoryCode", "no-such", "title", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(bad, "$.errors[*].field")).containsExactlyInAnyOrder("categoryCode", "title", "steps");
        api.post("clerk", "/api/v1/service/handling-templates", body).andExpect(status().isForbidden());

        var faq = api.post("supervisor", "/api/v1/service/faqs", Map.of("question", "快递可以代收吗？",
                "answer", "服务中心前台可代收快递，凭取件码领取。", "keywords", "快递 代收 包裹")).andExpect(status().isCreated());
        long faqId = ((Number) JsonPath.read(faq.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(JsonPath.<List<String>>read(guide("clerk", "q=我的包裹"),
                "$.answers[*].question")).containsExactly("快递可以代收吗？");
        var badFaq = api.post("supervisor", "/api/v1/service/faqs", Map.of("question", "问题", "answer", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(badFaq, "$.errors[*].field")).containsExactly("answer");
        api.post("supervisor", "/api/v1/service/faqs/" + faqId + "/active", Map.of("active", false)).andExpect(status().isNoContent());
    }

    @Test
    void theIntakePageOffersTheGuideAsTheClerkTypesAndTheMatterPageShowsTheSteps() throws Exception {
        var fragment = mvc.perform(MockMvcRequestBuilders.get("/service/intake/guide").param("type", "REPAIR")
                        .param("categoryCode", "plumbing-electrical").param("subject", "厨房漏水").with(as(users, "clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"intake-guide\"").contains("水电报修").contains("您好，您的报修已登记")
                .as("a repair is not answered away").doesNotContain("data-use-answer").doesNotContain("<html");
        var consultation = mvc.perform(MockMvcRequestBuilders.get("/service/intake/guide").param("type", "CONSULTATION")
                        .param("subject", "物业费怎么交").with(as(users, "clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(consultation).contains("data-use-answer=\"物业费按政府核定的标准");
        var page = api.get("clerk", "/service/intake").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hx-get=\"/service/intake/guide\"").contains("选择类别或输入主题后");

        long id = api.register("clerk", ServiceDeskClient.phoneMatter("REPAIR", "plumbing-electrical", "卫生间水管漏水"));
        var matter = api.get("handler", "/service/matters/" + id).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(matter).contains("id=\"matter-guide\"").contains("处理指引 · 水电报修").contains("完工后请业户在回单上签字确认");
    }

    @Test
    void theGuidesPageListsAndSavesWithTheFieldNamedOnARefusal() throws Exception {
        var page = api.get("supervisor", "/service/guides").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("水电报修").contains("物业费的收费标准是多少？").contains("投诉答复函");
        api.get("clerk", "/service/guides").andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/service/guides/faqs").with(as(users, "supervisor")).with(csrf())
                        .param("question", "").param("answer", "答复"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("refusal", "问题: 必填"));
    }

    @Test
    void theSupervisorWritesReplyTemplatesWithKnownPlaceholdersAndALetterIsDraftedFromANewOne() throws Exception {
        var created = api.post("supervisor", "/api/v1/service/reply-templates", Map.of("code", "noise-reply",
                        "name", "噪音投诉回函", "body", "{customer}：\n您于{received}反映的“{subject}”（{number}）已处理：{resolution}。\n{today}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(JsonPath.<List<String>>read(api.get("clerk", "/api/v1/service/reply-templates").andReturn().getResponse()
                .getContentAsString(), "$[*].code")).contains("noise-reply");

        // bad input names the fields, nothing saved; the code is given once
        var bad = api.post("supervisor", "/api/v1/service/reply-templates", Map.of("code", "noise-reply", "name", " ",
                        "body", "尊敬的{客户}，{customer}{date}")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(bad, "$.errors[*].field")).containsExactlyInAnyOrder("code", "name", "body");
        assertThat(JsonPath.<List<String>>read(bad, "$.errors[?(@.field == 'body')].message").get(0))
                .contains("{客户}", "{date}").as("the known placeholders are listed literally").contains("可用：{customer} {number} {subject}");
        api.post("supervisor", "/api/v1/service/reply-templates", Map.of("code", "Bad Code", "name", "x", "body", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        api.post("clerk", "/api/v1/service/reply-templates", Map.of("code", "clerk-reply", "name", "x", "body", "x"))
                .andExpect(status().isForbidden());

        // a letter drafted from it fills the placeholders
        long matter = api.register("clerk", ServiceDeskClient.phoneMatter("COMPLAINT", "reception", "楼下装修噪音"));
        var letter = api.post("supervisor", "/api/v1/service/matters/" + matter + "/letters", Map.of("templateId", id))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long letterId = ((Number) JsonPath.read(letter, "$.id")).longValue();
        var details = api.get("supervisor", "/api/v1/service/matters/" + matter).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var body = JsonPath.<List<String>>read(details, "$.letters[?(@.id == " + letterId + ")].body").get(0);
        assertThat(body).contains("“楼下装修噪音”").doesNotContain("{subject}", "{number}", "{received}", "{today}");

        // reworded and switched off: not offered for new letters, still listed for the supervisor
        api.put("supervisor", "/api/v1/service/reply-templates/" + id, Map.of("name", "噪音投诉回函（新）", "body", "{customer}：已处理。"))
                .andExpect(status().isNoContent());
        api.post("supervisor", "/api/v1/service/reply-templates/" + id + "/active", Map.of("active", false))
                .andExpect(status().isNoContent());
        assertThat(JsonPath.<List<String>>read(api.get("clerk", "/api/v1/service/reply-templates").andReturn().getResponse()
                .getContentAsString(), "$[*].code")).doesNotContain("noise-reply");
        api.get("supervisor", "/api/v1/service/reply-templates?all=true")
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value(org.hamcrest.Matchers.contains("噪音投诉回函（新）")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].active").value(org.hamcrest.Matchers.contains(false)));
        api.post("supervisor", "/api/v1/service/matters/" + matter + "/letters", Map.of("templateId", id))
                .andExpect(status().isBadRequest());

        // the page: the template listed with its code; a refusal names the field
        var page = api.get("supervisor", "/service/guides").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select(".reply-template[data-code=noise-reply]").text()).contains("噪音投诉回函（新）");
        mvc.perform(MockMvcRequestBuilders.post("/service/guides/replies").with(as(users, "supervisor")).with(csrf())
                        .param("code", "page-reply").param("name", "页面回函").param("body", "{who}您好"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.startsWith("正文: 不认识的占位符：{who}")));
    }
}
