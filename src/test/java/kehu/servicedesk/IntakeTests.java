package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kehu.customer.CustomerActivityRecorded;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.servicedesk.internal.Matters;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** SVC-1: intake by a phone clerk — numbers, customer or anonymous caller, double submits, duty log, first contact. */
@KehuTest
@RecordApplicationEvents
class IntakeTests {

    // Monday 2026-11-23 10:00 in Asia/Shanghai
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T02:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired Matters matters;
    @Autowired MatterManagement management;
    @Autowired CustomerManagement customers;
    @Autowired DataScopes scopes;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long customerInClerksArea(String name, String mobile) {
        long[] id = new long[1];
        api.signedInAs("admin", () -> id[0] = customers.create(new CustomerForm(CustomerKind.INDIVIDUAL, name, "", mobile, "",
                "110105", "建国路 1 号", "", "", CustomerStatus.ACTIVE, java.util.Set.of(), "F02", null, null, null, null, "",
                false, Map.of(), "", null), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT), true));
        return id[0];
    }

    @Test
    void clerkLogsAComplaintOfACustomerWithAReadableNumberAndOwnsIt() throws Exception {
        clock.set(MONDAY_10);
        var customerId = customerInClerksArea("报事测试甲", "13911110001");
        var id = api.register("clerk", with(phoneMatter("COMPLAINT", "service-attitude", "物业前台态度差"),
                "customerId", customerId, "callerName", null, "callbackNumber", null, "areaCode", null));

        var m = matters.findById(id).orElseThrow();
        assertThat(m.getNumber()).matches("TS20261123-\\d{4}");
        assertThat(m.getOwnerStaffId()).isEqualTo(api.staffId("clerk"));
        assertThat(m.getCustomerName()).isEqualTo("报事测试甲");
        assertThat(m.getAreaCode()).as("area taken from the customer").isEqualTo("F02");
        assertThat(m.getStatus()).isEqualTo(MatterStatus.REGISTERED);
        // complaint, normal priority: 60 working minutes to respond, 1020 (two working days) to resolve
        assertThat(m.getResponseDueAt()).isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));
        assertThat(m.getResolveDueAt()).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
        assertThat(events.stream(CustomerActivityRecorded.class)
                .filter(e -> e.customerId() == customerId && e.referenceId().equals("matter-" + id))).hasSize(1);
        assertThat(events.stream(AuditableAction.class)
                .filter(a -> a.action().equals("matter.registered") && a.targetId().equals(String.valueOf(id)))).hasSize(1);
        assertThat(events.stream(MatterRegistered.class).filter(e -> e.matterId() == id)).hasSize(1);
    }

    @Test
    void numbersCountUpPerTypeAndDay() throws Exception {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        var first = api.register("clerk", phoneMatter("SUGGESTION", "greening", "小区绿化建议一"));
        var second = api.register("clerk", phoneMatter("SUGGESTION", "greening", "小区绿化建议二"));
        var a = matters.findById(first).orElseThrow().getNumber();
        var b = matters.findById(second).orElseThrow().getNumber();
        assertThat(a).startsWith("JY20261201-");
        assertThat(Integer.parseInt(b.substring(b.length() - 4))).isEqualTo(Integer.parseInt(a.substring(a.length() - 4)) + 1);
    }

    @Test
    void anAnonymousCallerMustLeaveAValidCallbackNumber() throws Exception {
        api.post("clerk", "/api/v1/service/matters", with(phoneMatter("HELP", "other", "求助"), "callbackNumber", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("callbackNumber"));
        api.post("clerk", "/api/v1/service/matters", with(phoneMatter("HELP", "other", "求助"), "callbackNumber", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("callbackNumber"));
        var id = api.register("clerk", with(phoneMatter("HELP", "other", "求助"), "callbackNumber", "010-62345678"));
        assertThat(matters.findById(id).orElseThrow().getCallbackNumber()).isEqualTo("010-62345678");
    }

    @Test
    void badInputNamesEachField() throws Exception {
        var answer = api.post("clerk", "/api/v1/service/matters", with(phoneMatter("COMPLAINT", "no-such-category", " "),
                        "channel", "carrier-pigeon"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        java.util.List<String> fields = JsonPath.read(answer, "$.errors[*].field");
        assertThat(fields).contains("channel", "categoryCode", "subject");
    }

    @Test
    void theSameTokenTwiceCreatesOneMatter() throws Exception {
        var body = phoneMatter("REPAIR", "plumbing-electrical", "卫生间漏水");
        var id = api.register("clerk", body);
        api.post("clerk", "/api/v1/service/matters", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.repeated").value(true));
        assertThat(matters.findAll().stream().filter(m -> body.get("token").equals(m.getIntakeToken()))).hasSize(1);
    }

    @Test
    void aDoubleClickArrivingAtTheSameMomentCreatesOneMatter() throws Exception {
        var token = UUID.randomUUID().toString();
        var form = new IntakeForm(MatterType.REPAIR, "phone", "doors-windows", Priority.NORMAL, Severity.ROUTINE, "单元门坏了",
                null, null, "王女士", "13700137000", "F01", false, null, token);
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        var refs = java.util.Collections.synchronizedList(new ArrayList<MatterRef>());
        for (int i = 0; i < 4; i++) {
            pool.submit(() -> {
                start.await();
                api.signedInAs("clerk", () -> refs.add(management.register(form)));
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(refs).hasSize(4);
        assertThat(refs.stream().map(MatterRef::id).distinct()).hasSize(1);
        assertThat(refs.stream().filter(r -> !r.repeated())).hasSize(1);
        assertThat(matters.findAll().stream().filter(m -> token.equals(m.getIntakeToken()))).hasSize(1);
    }

    @Test
    void theIntakePageIsKeyboardReadyAndADoubleSubmitOfTheFormGivesOneMatter() throws Exception {
        var page = mvc.perform(get("/service/intake").with(as(users, "clerk"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(page);
        assertThat(doc.selectFirst("#intake-customer-search").hasAttr("autofocus")).isTrue();
        var token = doc.selectFirst("input[name=token]").val();
        assertThat(token).isNotBlank();
        var subject = "电梯困人-" + token.substring(0, 8);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/service/intake").with(as(users, "clerk")).with(csrf())
                            .param("token", token).param("customerId", "").param("type", "REPAIR").param("channel", "phone")
                            .param("categoryCode", "elevator").param("priority", "URGENT").param("subject", subject)
                            .param("callbackNumber", "13600136000"))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/service/intake"));
        }
        assertThat(matters.findAll().stream().filter(m -> subject.equals(m.getSubject()))).hasSize(1);
    }

    @Test
    void theIntakePageShowsErrorsNextToTheFields() throws Exception {
        var page = mvc.perform(post("/service/intake").with(as(users, "clerk")).with(csrf())
                        .param("token", UUID.randomUUID().toString()).param("type", "COMPLAINT").param("channel", "phone")
                        .param("categoryCode", "").param("subject", "").param("callbackNumber", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(page);
        assertThat(doc.select("#intake-subject.is-invalid")).hasSize(1);
        assertThat(doc.select("#intake-category.is-invalid")).hasSize(1);
        assertThat(doc.select("#intake-callback.is-invalid")).hasSize(1);
    }

    @Test
    void theCustomerLookupFindsAsYouTypeAndPreselectsASingleHit() throws Exception {
        var id = customerInClerksArea("赫连报事", "13911110002");
        var html = mvc.perform(get("/service/intake/customers").param("customerQuery", "赫连报事").with(as(users, "clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(html);
        assertThat(doc.select("input[name=customerId][value=" + id + "]")).hasSize(1);
        assertThat(doc.selectFirst("input[name=customerId][value=" + id + "]").hasAttr("checked")).isTrue();
        assertThat(doc.text()).contains("139****0002");
    }

    @Test
    void aConsultationAnsweredOnTheSpotIsClosedAtFirstContact() throws Exception {
        var id = api.register("clerk", with(phoneMatter("CONSULTATION", "charges", "物业费怎么交"),
                "answeredOnTheSpot", true, "answer", "可在前台或线上缴纳"));
        var m = matters.findById(id).orElseThrow();
        assertThat(m.getStatus()).isEqualTo(MatterStatus.CLOSED);
        assertThat(m.getFirstResponseAt()).isNotNull();
        assertThat(events.stream(MatterClosed.class).filter(e -> e.matterId() == id)).hasSize(1);
    }

    @Test
    void aComplaintAnsweredOnTheSpotStillWaitsForTheCustomersFeedback() throws Exception {
        var id = api.register("clerk", with(phoneMatter("COMPLAINT", "charges", "收费有误"),
                "answeredOnTheSpot", true, "answer", "已解释收费标准"));
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.IN_PROGRESS);
    }

    @Test
    void theDutyLogListsTheDaysIntakes() throws Exception {
        clock.set(Instant.parse("2026-12-02T01:30:00Z"));
        var id = api.register("clerk", phoneMatter("HELP", "other", "值班记录测试"));
        clock.set(Instant.parse("2026-12-03T01:30:00Z"));
        var other = api.register("clerk", phoneMatter("HELP", "other", "第二天的报事"));
        var day = api.get("supervisor", "/api/v1/service/duty-log?date=2026-12-02").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.List<Integer> ids = JsonPath.read(day, "$[*].id");
        assertThat(ids).contains((int) id).doesNotContain((int) other);
        var page = mvc.perform(get("/service/duty-log").param("date", LocalDate.of(2026, 12, 2).toString())
                .with(as(users, "clerk"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("值班记录测试").doesNotContain("第二天的报事");
    }

    @Test
    void intakeNeedsThePermission() throws Exception {
        api.post("handler", "/api/v1/service/matters", phoneMatter("HELP", "other", "无权")).andExpect(status().isForbidden());
        mvc.perform(get("/service/intake").with(as(users, "manager"))).andExpect(status().isForbidden());
    }

    @Test
    void firstContactOwnershipMovesOnlyByARecordedHandOver() throws Exception {
        var id = api.register("clerk", phoneMatter("HELP", "other", "首问交接"));
        api.post("clerk", "/api/v1/service/matters/" + id + "/hand-over",
                Map.of("toStaffId", api.staffId("supervisor"), "version", api.version(id)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post("clerk", "/api/v1/service/matters/" + id + "/hand-over",
                Map.of("toStaffId", api.staffId("supervisor"), "reason", "交班", "version", api.version(id)))
                .andExpect(status().isNoContent());
        assertThat(matters.findById(id).orElseThrow().getOwnerStaffId()).isEqualTo(api.staffId("supervisor"));
        var transfers = api.<java.util.List<Map<String, Object>>>read("supervisor", id, "$.transfers");
        assertThat(transfers).anySatisfy(t -> {
            assertThat(t.get("kind")).isEqualTo("HANDOVER");
            assertThat(t.get("from")).asString().contains("张客服");
            assertThat(t.get("to")).asString().contains("李主管");
            assertThat(t.get("reason")).isEqualTo("交班");
        });
    }
}
