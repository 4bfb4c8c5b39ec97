package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static kehu.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.Resolutions;
import kehu.servicedesk.internal.ReturnVisit;
import kehu.servicedesk.internal.ReturnVisits;
import kehu.servicedesk.internal.VisitAttempts;
import kehu.servicedesk.internal.VisitRatings;
import kehu.shared.ClockConfiguration;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * SVC-5 return visits: planned by rule when a matter is resolved or a sale is reported, made call by call,
 * closing or reopening the matter, opening a complaint, failing after the last unreachable call, sampled by
 * the supervisor; SVC-6 ratings recorded with them.
 */
@KehuTest
@RecordApplicationEvents
class ReturnVisitTests {

    static final Instant MON_1000 = at("2026-11-23T10:00");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired ApplicationEvents events;
    @Autowired Matters matters;
    @Autowired Resolutions resolutions;
    @Autowired ReturnVisits visits;
    @Autowired VisitAttempts attempts;
    @Autowired VisitRatings ratings;
    @Autowired CustomerManagement customers;
    @Autowired DataScopes scopes;
    @Autowired MutableClock clock;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
        clock.set(MON_1000);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(ClockConfiguration.ZONE).toInstant();
    }

    ReturnVisit visitOf(long matterId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> visits.findByMatterIdOrderByIdAsc(matterId), l -> !l.isEmpty())
                .get(0);
    }

    long resolvedComplaint(String subject) throws Exception {
        var id = api.register("clerk", phoneMatter("COMPLAINT", "reception", subject));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resolve", Map.of("summary", "已向客户道歉并整改",
                "substantiated", false)).andExpect(status().isNoContent());
        return id;
    }

    long customer(String name, String mobile) {
        long[] id = new long[1];
        api.signedInAs("admin", () -> id[0] = customers.create(new CustomerForm(CustomerKind.INDIVIDUAL, name, "", mobile,
                "", "110105", "建国路 9 号", "", "", CustomerStatus.ACTIVE, java.util.Set.of(), "F01", null, null, null, null,
                "", false, Map.of(), "", null), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT), true));
        return id[0];
    }

    String call(long visitId) {
        return "/api/v1/service/visits/" + visitId + "/calls";
    }

    @Test
    void aResolvedComplaintGetsAVisitWhoseSatisfiedAnswerClosesIt() throws Exception {
        var id = resolvedComplaint("前台登记太慢");
        var visit = visitOf(id);
        assertThat(visit.getKind()).isEqualTo(VisitKind.AFTER_SERVICE);
        assertThat(visit.getDueFrom()).as("the complaint rule: 1–2 days after").isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(visit.getDueBy()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.DUE);

        api.post("clerk", call(visit.getId()), Map.of("outcome", "SATISFIED", "overall", 5,
                "ratings", Map.of("reception", 4, "attitude", 5), "note", "客户认可处理结果"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));

        var done = visits.findById(visit.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getOutcome()).isEqualTo(VisitOutcome.SATISFIED);
        assertThat(done.getOverall()).isEqualTo(5);
        assertThat(ratings.findByVisitIdOrderByIdAsc(visit.getId())).extracting(r -> r.getItemCode() + "=" + r.getScore())
                .containsExactlyInAnyOrder("reception=4", "attitude=5");
        assertThat(matters.findById(id).orElseThrow().getStatus()).as("the visit is the customer's feedback")
                .isEqualTo(MatterStatus.CLOSED);
        var r = resolutions.findByMatterIdAndRound(id, 1).orElseThrow();
        assertThat(r.getFeedbackKind()).isEqualTo(FeedbackKind.RETURN_VISIT);
        assertThat(r.getSatisfied()).isTrue();
        assertThat(events.stream(ReturnVisitDone.class).filter(e -> e.visitId() == visit.getId())).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(VisitOutcome.SATISFIED));
        api.post("clerk", call(visit.getId()), Map.of("outcome", "SATISFIED", "overall", 5))
                .andExpect(status().isConflict());
    }

    @Test
    void aDissatisfiedVisitReopensTheMatterAndARepairIsVisitedThreeToFiveDaysLater() throws Exception {
        var id = resolvedComplaint("保安态度生硬");
        var visit = visitOf(id);
        api.post("clerk", call(visit.getId()), Map.of("outcome", "DISSATISFIED", "overall", 2, "note", "仍未道歉"))
                .andExpect(status().isOk());
        var m = matters.findById(id).orElseThrow();
        assertThat(m.getStatus()).isEqualTo(MatterStatus.IN_PROGRESS);
        assertThat(m.getReopenCount()).isEqualTo(1);
        assertThat(resolutions.findByMatterIdAndRound(id, 1).orElseThrow().getSatisfied()).isFalse();

        var repair = api.register("clerk", phoneMatter("REPAIR", "plumbing-electrical", "卫生间漏水"));
        api.post("supervisor", "/api/v1/service/matters/" + repair + "/resolve", Map.of("summary", "已更换密封圈"))
                .andExpect(status().isNoContent());
        var v = visitOf(repair);
        assertThat(v.getKind()).isEqualTo(VisitKind.REPAIR_3DC);
        assertThat(v.getDueFrom()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(v.getDueBy()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void anUnreachableCustomerIsCalledAgainTomorrowAndTheThirdMissFailsTheVisit() throws Exception {
        var id = resolvedComplaint("停车收费有误");
        var visit = visitOf(id);
        api.post("clerk", call(visit.getId()), Map.of("outcome", "UNREACHABLE", "note", "无人接听"))
                .andExpect(jsonPath("$.status").value("DUE"));
        assertThat(visits.findById(visit.getId()).orElseThrow().getNextAttemptOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        api.post("clerk", call(visit.getId()), Map.of("outcome", "UNREACHABLE")).andExpect(jsonPath("$.status").value("DUE"));
        api.post("clerk", call(visit.getId()), Map.of("outcome", "UNREACHABLE")).andExpect(jsonPath("$.status").value("FAILED"));
        assertThat(attempts.findByVisitIdOrderByAtAscIdAsc(visit.getId())).hasSize(3);
        assertThat(matters.findById(id).orElseThrow().getStatus()).as("no verdict heard").isEqualTo(MatterStatus.RESOLVED);
        assertThat(events.stream(ReturnVisitDone.class).filter(e -> e.visitId() == visit.getId())).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(VisitStatus.FAILED));
    }

    @Test
    void badInputNamesTheFieldAndRecordsNothing() throws Exception {
        var id = resolvedComplaint("物业费票据未开");
        var visit = visitOf(id);
        api.post("clerk", call(visit.getId()), Map.of("outcome", "SATISFIED", "overall", 7))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("overall"));
        api.post("clerk", call(visit.getId()), Map.of("outcome", "SATISFIED", "overall", 5, "ratings", Map.of("nonsense", 3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ratings[nonsense]"));
        api.post("clerk", call(visit.getId()), Map.of("overall", 5))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        assertThat(attempts.findByVisitIdOrderByAtAscIdAsc(visit.getId())).isEmpty();
        assertThat(visits.findById(visit.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.DUE);
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.RESOLVED);
        api.post("handler", call(visit.getId()), Map.of("outcome", "SATISFIED", "overall", 5))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSaleThroughASecondTierOutletIsVisitedOnDayTenOnceAndADissatisfiedBuyerOpensAComplaint() throws Exception {
        var buyer = customer("回访购车客户", "13911112001");
        var body = Map.<String, Object>of("kind", "SALE", "reference", "XS-2026-0042", "customerId", buyer,
                "occurredAt", "2026-11-20T02:00:00Z", "secondTier", true, "subject", "购车 · 二级网点");
        api.post("clerk", "/api/v1/service/events", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.visitsPlanned").value(1));
        api.post("clerk", "/api/v1/service/events", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.repeated").value(true));
        var planned = visits.findAll().stream().filter(v -> buyer == (v.getCustomerId() == null ? -1 : v.getCustomerId()))
                .toList();
        assertThat(planned).singleElement().satisfies(v -> {
            assertThat(v.getKind()).isEqualTo(VisitKind.SALE_7DC);
            assertThat(v.getDueFrom()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
        api.post("clerk", "/api/v1/service/events", Map.of("kind", "SALE", "reference", "XS-1", "customerId", 987654321,
                "occurredAt", "2026-11-20T02:00:00Z")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));

        api.post("clerk", call(planned.get(0).getId()), Map.of("outcome", "DISSATISFIED", "overall", 1,
                "note", "交车时漆面有划痕", "categoryCode", "product-quality")).andExpect(status().isOk());
        var v = visits.findById(planned.get(0).getId()).orElseThrow();
        assertThat(v.getComplaintMatterId()).isNotNull();
        var complaint = matters.findById(v.getComplaintMatterId()).orElseThrow();
        assertThat(complaint.getType()).isEqualTo(MatterType.COMPLAINT);
        assertThat(complaint.getChannel()).isEqualTo("return-visit");
        assertThat(complaint.getCustomerId()).isEqualTo(buyer);
        assertThat(complaint.getCategoryCode()).isEqualTo("product-quality");
    }

    @Test
    void theSupervisorSamplesAMonthOnceAndTheSampleIsRepeatable() throws Exception {
        clock.set(at("2027-03-08T10:00"));
        var done = new java.util.ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            var id = resolvedComplaint("抽样用投诉 " + i);
            var visit = visitOf(id);
            api.post("clerk", call(visit.getId()), Map.of("outcome", "SATISFIED", "overall", 4)).andExpect(status().isOk());
            done.add(visit.getId());
        }
        clock.set(at("2027-04-02T09:00"));
        api.post("clerk", "/api/v1/service/visits/samples", Map.of("level", 2, "period", "2027-03", "size", 2))
                .andExpect(status().isForbidden());
        api.post("supervisor", "/api/v1/service/visits/samples", Map.of("level", 2, "period", "2027-13"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        api.post("supervisor", "/api/v1/service/visits/samples", Map.of("level", 2, "period", "2027-03", "size", 2))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        List<ReturnVisit> samples = visits.findAll().stream().filter(v -> v.getLevel() == 2 && done.contains(v.getSampledVisitId()))
                .toList();
        assertThat(samples).hasSize(2).allSatisfy(s -> {
            assertThat(s.getKind()).isEqualTo(VisitKind.SAMPLE);
            assertThat(s.getDueFrom()).isEqualTo(LocalDate.of(2027, 4, 2));
        });
        api.post("supervisor", "/api/v1/service/visits/samples", Map.of("level", 2, "period", "2027-03"))
                .andExpect(jsonPath("$.created").value(1)).andExpect(status().isOk());
        api.post("supervisor", "/api/v1/service/visits/samples", Map.of("level", 2, "period", "2027-03", "size", 5))
                .andExpect(jsonPath("$.created").value(1));
        api.post("supervisor", "/api/v1/service/visits/samples", Map.of("level", 2, "period", "2027-03", "size", 5))
                .andExpect(jsonPath("$.created").value(0));
    }

    @Test
    void theVisitPagesListTodaysCallsAndRecordOne() throws Exception {
        var id = resolvedComplaint("电梯间灯不亮 <b>x</b>");
        var visit = visitOf(id);
        clock.set(at("2026-11-24T09:30"));
        var list = org.jsoup.Jsoup.parse(mvc.perform(get("/service/visits").with(as(users, "clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.select("#visit-table tr[data-id=" + visit.getId() + "]")).hasSize(1);
        assertThat(list.select("#visit-table").text()).contains("电梯间灯不亮 <b>x</b>").contains("办结回访");
        assertThat(list.select("#sample-2-form")).as("sampling is the supervisor's").isEmpty();

        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/service/visits/" + visit.getId()).with(as(users, "clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#visit-form input[name=outcome]")).hasSize(3);
        assertThat(page.select("#visit-form select[name=rating.reception]")).hasSize(1);

        mvc.perform(post("/service/visits/" + visit.getId() + "/calls").with(as(users, "clerk")).with(csrf())
                        .param("outcome", "SATISFIED").param("overall", "9").param("version", String.valueOf(visit.getVersion())))
                .andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .flash().attribute("refusal", org.hamcrest.Matchers.containsString("1 到 5")));
        mvc.perform(post("/service/visits/" + visit.getId() + "/calls").with(as(users, "clerk")).with(csrf())
                        .param("outcome", "SATISFIED").param("overall", "4").param("rating.reception", "5")
                        .param("note", "满意").param("version", String.valueOf(visit.getVersion())))
                .andExpect(status().is3xxRedirection());
        var after = org.jsoup.Jsoup.parse(mvc.perform(get("/service/visits/" + visit.getId()).with(as(users, "clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#visit-status").text()).isEqualTo("已回访");
        assertThat(after.select("#visit-outcome").text()).contains("满意").contains("4");
        assertThat(after.select("#visit-ratings").text()).contains("接待服务").contains("5");
        assertThat(after.select("#visit-form")).isEmpty();
        var matterPage = org.jsoup.Jsoup.parse(mvc.perform(get("/service/matters/" + id).with(as(users, "clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(matterPage.select("#matter-visits .visit-link")).hasSize(1);
        mvc.perform(get("/service/visits").with(as(users, "handler"))).andExpect(status().isForbidden());
    }

    @Test
    void theSupervisorChangesARulesDaysOnTheRulesPageAndTheNextVisitFollowsThem() throws Exception {
        var rules = api.get("supervisor", "/api/v1/service/visit-rules").andReturn().getResponse().getContentAsString();
        long helpRule = ((Number) com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(rules, "$[?(@.code == 'help')].id")
                .get(0)).longValue();
        var page = org.jsoup.Jsoup.parse(api.get("supervisor", "/service/rules").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select(".visit-rule[data-code=help]").text()).contains("求助办结回访", "1–3 天");
        assertThat(page.select(".visit-rule[data-code=sale-7dc] .rule-days").text()).isEqualTo("7–7 天");
        assertThat(page.select("#visit-rule-table").text()).as("every trigger, periodic ones too, has its label").doesNotContain("??");
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/service/rules/visit-rules/" + helpRule)
                            .with(kehu.support.Users.as(users, "supervisor"))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                            .param("name", "求助办结回访").param("minDays", "5").param("maxDays", "2").param("active", "true"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refusal",
                            "最晚（天）: 天数须在 0 到 366 之间，且最晚不早于最早。"));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/service/rules/visit-rules/" + helpRule)
                            .with(kehu.support.Users.as(users, "supervisor"))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                            .param("name", "求助办结回访").param("minDays", "2").param("maxDays", "4").param("active", "true"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flash", "已保存。"));
            var help = api.register("clerk", phoneMatter("HELP", "reception", "钥匙锁在屋里"));
            api.post("supervisor", "/api/v1/service/matters/" + help + "/resolve", Map.of("summary", "已联系开锁"))
                    .andExpect(status().isNoContent());
            var v = visitOf(help);
            assertThat(v.getDueFrom()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(v.getDueBy()).isEqualTo(LocalDate.of(2026, 11, 27));
            api.get("clerk", "/service/rules").andExpect(status().isForbidden());
        } finally {
            api.put("supervisor", "/api/v1/service/visit-rules/" + helpRule, Map.of("name", "求助办结回访", "minDays", 1,
                    "maxDays", 3, "active", true)).andExpect(status().isNoContent());
        }
    }
}
