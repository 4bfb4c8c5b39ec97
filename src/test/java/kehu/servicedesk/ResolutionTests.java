package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScopes;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.servicedesk.internal.Matters;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** SVC-4: resolution of a complaint, closing only with the customer's feedback, reopening with history; the timeline. */
@KehuTest
@RecordApplicationEvents
class ResolutionTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired ApplicationEvents events;
    @Autowired Matters matters;
    @Autowired OrganizationDirectory directory;
    @Autowired CustomerManagement customers;
    @Autowired DataScopes scopes;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
    }

    long unitId(String code) {
        return directory.unitByCode(code).orElseThrow().id();
    }

    Map<String, Object> substantiated(String summary) {
        var body = new LinkedHashMap<String, Object>();
        body.put("summary", summary);
        body.put("substantiated", true);
        body.put("responsibleUnitId", unitId("ENG"));
        body.put("responsibleStaffId", api.staffId("handler"));
        body.put("causeCode", "workmanship");
        body.put("corrective", "返工维修");
        body.put("preventive", "完工后由主管验收");
        body.put("compensation", "200.00");
        return body;
    }

    @Test
    void aComplaintNeedsAVerdictAndASubstantiatedOneNamesWhoAndWhy() throws Exception {
        var id = api.register("clerk", phoneMatter("COMPLAINT", "household-repair", "维修后又漏水"));
        var path = "/api/v1/service/matters/" + id + "/resolve";
        api.post("supervisor", path, Map.of("summary", "已处理")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("substantiated"));
        var answer = api.post("supervisor", path, Map.of("summary", "已处理", "substantiated", true))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(answer, "$.errors[*].field")).contains("responsibleUnitId", "causeCode");
        api.post("supervisor", path, with(substantiated("已返工"), "compensation", "-5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("compensation"));
        api.post("supervisor", path, substantiated("已返工，赔偿 200 元")).andExpect(status().isNoContent());
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.RESOLVED);
        assertThat((Boolean) api.read("clerk", id, "$.resolutions[0].substantiated")).isTrue();
        assertThat((String) api.read("clerk", id, "$.resolutions[0].responsibleUnit")).isEqualTo("工程部");
        assertThat((String) api.read("clerk", id, "$.resolutions[0].causeLabel")).isEqualTo("施工质量");
        assertThat(api.<Number>read("clerk", id, "$.resolutions[0].compensation").doubleValue()).isEqualTo(200.0);
        assertThat(events.stream(MatterResolved.class).filter(e -> e.matterId() == id && e.substantiated())).hasSize(1);
    }

    @Test
    void aComplaintClosesOnlyAfterTheCustomersFeedbackOrAReturnVisit() throws Exception {
        var id = api.register("clerk", phoneMatter("COMPLAINT", "reception", "前台接待不耐烦"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resolve", Map.of("summary", "已批评教育当事员工",
                "substantiated", true, "responsibleUnitId", unitId("CSD"), "causeCode", "service-lapse"))
                .andExpect(status().isNoContent());
        api.post("clerk", "/api/v1/service/matters/" + id + "/close", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("须有客户反馈或回访结果后才能关闭")));
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.RESOLVED);
        // the engineering handler's scope does not reach a complaint handled by customer service
        api.post("handler", "/api/v1/service/matters/" + id + "/feedback", Map.of("kind", "RETURN_VISIT", "satisfied", true))
                .andExpect(status().isNotFound());
        api.post("clerk", "/api/v1/service/matters/" + id + "/feedback",
                Map.of("kind", "RETURN_VISIT", "satisfied", true, "note", "客户表示满意")).andExpect(status().isNoContent());
        api.post("clerk", "/api/v1/service/matters/" + id + "/close", Map.of()).andExpect(status().isNoContent());
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.CLOSED);
        assertThat(events.stream(MatterClosed.class).filter(e -> e.matterId() == id))
                .singleElement().satisfies(e -> assertThat(e.satisfied()).isTrue());
    }

    @Test
    void aSuggestionClosesWithoutFeedback() throws Exception {
        var id = api.register("clerk", phoneMatter("SUGGESTION", "greening", "增加儿童游乐设施"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resolve", Map.of("summary", "已纳入明年计划"))
                .andExpect(status().isNoContent());
        api.post("supervisor", "/api/v1/service/matters/" + id + "/close", Map.of()).andExpect(status().isNoContent());
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.CLOSED);
    }

    @Test
    void reopeningKeepsTheEarlierResolutionAndItsFeedback() throws Exception {
        var id = api.register("clerk", phoneMatter("COMPLAINT", "household-repair", "空调维修后仍不制冷"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resolve", substantiated("第一次维修")).andExpect(status().isNoContent());
        api.post("clerk", "/api/v1/service/matters/" + id + "/feedback", Map.of("kind", "CUSTOMER", "satisfied", false,
                "note", "还是不制冷")).andExpect(status().isNoContent());
        api.post("clerk", "/api/v1/service/matters/" + id + "/close", Map.of()).andExpect(status().isNoContent());
        api.post("clerk", "/api/v1/service/matters/" + id + "/reopen", Map.of()).andExpect(status().isBadRequest());
        api.post("clerk", "/api/v1/service/matters/" + id + "/reopen", Map.of("reason", "客户再次来电")).andExpect(status().isNoContent());
        var m = matters.findById(id).orElseThrow();
        assertThat(m.getStatus()).isEqualTo(MatterStatus.IN_PROGRESS);
        assertThat(m.getReopenCount()).isEqualTo(1);
        assertThat(m.getResolveDueAt()).isAfter(m.getReceivedAt());
        api.post("clerk", "/api/v1/service/matters/" + id + "/close", Map.of()).andExpect(status().isConflict());
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resolve", substantiated("更换压缩机")).andExpect(status().isNoContent());
        List<Integer> rounds = api.read("clerk", id, "$.resolutions[*].round");
        List<String> summaries = api.read("clerk", id, "$.resolutions[*].summary");
        assertThat(rounds).containsExactly(1, 2);
        assertThat(summaries).containsExactly("第一次维修", "更换压缩机");
        assertThat((Boolean) api.read("clerk", id, "$.resolutions[0].satisfied")).isFalse();
        assertThat((Object) api.read("clerk", id, "$.resolutions[1].feedbackKind")).isNull();
        List<String> journal = api.read("clerk", id, "$.log[*].kind");
        assertThat(journal).containsSubsequence("registered", "resolved", "feedback", "closed", "reopened", "resolved");
        assertThat(events.stream(MatterReopened.class).filter(e -> e.matterId() == id)).hasSize(1);
    }

    @Test
    void mattersAndWorkOrdersAppearOnTheCustomersTimeline() throws Exception {
        long[] customer = new long[1];
        api.signedInAs("admin", () -> customer[0] = customers.create(new CustomerForm(CustomerKind.INDIVIDUAL, "时间线业主",
                "", "13911110003", "", "110105", "建国路 2 号", "", "", CustomerStatus.ACTIVE, java.util.Set.of(), "F01", null,
                null, null, null, "", false, Map.of(), "", null), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT), true));
        var id = api.register("clerk", with(phoneMatter("REPAIR", "plumbing-electrical", "客厅插座冒火花"),
                "customerId", customer[0], "callbackNumber", null));
        var number = matters.findById(id).orElseThrow().getNumber();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var timeline = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/api/v1/customers/" + customer[0] + "/timeline")
                            .with(kehu.support.Users.as(users, "admin")))
                    .andReturn().getResponse().getContentAsString();
            List<String> kinds = JsonPath.read(timeline, "$.content[*].kind");
            List<String> titles = JsonPath.read(timeline, "$.content[*].title");
            assertThat(kinds).contains("service-request", "work-order");
            assertThat(titles).anySatisfy(t -> assertThat(t).startsWith(number));
        });
    }
}
