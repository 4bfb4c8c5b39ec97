package kehu.customer;

import static kehu.customer.CustomerApiClient.individual;
import static kehu.customer.CustomerApiClient.unique;
import static kehu.customer.CustomerApiClient.with;
import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import kehu.customer.internal.ChangeRecords;
import kehu.customer.internal.Customers;
import kehu.customer.internal.TimelineRecords;
import kehu.organization.KehuUser;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** Lifecycle (CUS-9), classification (CUS-6) and the timeline other modules feed (CUS-3). */
@KehuTest
@RecordApplicationEvents
class CustomerLifecycleTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Customers customers;
    @Autowired ChangeRecords history;
    @Autowired TimelineRecords timeline;
    @Autowired ApplicationEvents events;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    CustomerApiClient api;

    @BeforeEach
    void setUp() {
        api = new CustomerApiClient(mvc, users, json);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long customerOf(String manager) throws Exception {
        var staffId = ((KehuUser) users.loadUserByUsername(manager)).staffId();
        return api.create("admin", with(individual(unique("生命周期")), "ownerStaffId", staffId));
    }

    @Test
    void closingPublishesTheEventAndCannotHappenTwice() throws Exception {
        clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        var id = customerOf("manager");
        api.post("manager", "/api/v1/customers/" + id + "/close", Map.of("reason", "企业注销")).andExpect(status().isNoContent());
        assertThat(customers.findById(id).orElseThrow().getStatus()).isEqualTo(CustomerStatus.CLOSED);
        assertThat(events.stream(CustomerClosed.class).filter(e -> e.customerId() == id)).singleElement()
                .isEqualTo(new CustomerClosed(id, "企业注销", Instant.parse("2026-06-01T01:00:00Z")));
        api.post("manager", "/api/v1/customers/" + id + "/close", Map.of("reason", "再次"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该客户已经销户"));
        assertThat(events.stream(CustomerClosed.class).filter(e -> e.customerId() == id)).hasSize(1);
        // a closed customer is read-only
        api.put("manager", "/api/v1/customers/" + id, with(individual("新名字"), "version", api.version(id)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已销户")));
        api.post("admin", "/api/v1/customers/" + id + "/transfer",
                        Map.of("toStaffId", ((KehuUser) users.loadUserByUsername("manager2")).staffId(), "reason", "x"))
                .andExpect(status().isConflict());
        // other modules add their own entries (the archive's opening …); this module's newest is the closing
        var entry = timeline.findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> e.getSourceModule() == null || e.getSourceModule().equals("customer")).findFirst().orElseThrow();
        assertThat(entry.getKind()).isEqualTo("closed");
        assertThat(entry.getDetail()).isEqualTo("企业注销");
        assertThat(events.stream(AuditableAction.class).filter(a -> a.action().equals("customer.closed")
                && a.targetId().equals(String.valueOf(id)))).hasSize(1);
    }

    @Test
    void lostAndReopenedCustomersKeepTheirHistory() throws Exception {
        var id = customerOf("manager");
        api.post("manager", "/api/v1/customers/" + id + "/lost", Map.of("reason", "转至他行")).andExpect(status().isNoContent());
        assertThat(events.stream(CustomerMarkedLost.class).filter(e -> e.customerId() == id)).hasSize(1);
        api.post("manager", "/api/v1/customers/" + id + "/lost", Map.of("reason", "again"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该客户已经标记为流失"));
        api.post("manager", "/api/v1/customers/" + id + "/reopen", Map.of("reason", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post("manager", "/api/v1/customers/" + id + "/reopen", Map.of("reason", "客户回流")).andExpect(status().isNoContent());
        assertThat(customers.findById(id).orElseThrow().getStatus()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(events.stream(CustomerReopened.class).filter(e -> e.customerId() == id)).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(CustomerStatus.LOST));
        api.post("manager", "/api/v1/customers/" + id + "/reopen", Map.of("reason", "again"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("只有流失或销户的客户才能恢复"));
        var statuses = history.findByCustomerIdOrderByChangedAtDescIdDesc(id, PageRequest.of(0, 10)).getContent().stream()
                .filter(r -> r.getField().equals("status")).map(r -> r.getOldValue() + ">" + r.getNewValue() + ":" + r.getReason())
                .toList();
        assertThat(statuses).containsExactly("LOST>ACTIVE:客户回流", "POTENTIAL>LOST:转至他行");
        api.get("manager", "/api/v1/customers/" + id + "/timeline")
                .andExpect(jsonPath("$.content[0].kind").value("reopened"))
                .andExpect(jsonPath("$.content[1].kind").value("lost"));
    }

    @Test
    void theLifecycleButtonsOnThePageAskFirstAndShowErrorsInPlace() throws Exception {
        var id = customerOf("manager");
        var page = Jsoup.parse(mvc.perform(get("/customers/" + id).with(as(users, "manager"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#lost-form").attr("data-confirm")).contains("流失");
        assertThat(page.select("#close-form").attr("data-confirm")).contains("销户");
        assertThat(page.select("#reopen-form")).isEmpty();
        var refused = Jsoup.parse(mvc.perform(post("/customers/" + id + "/close").with(as(users, "manager")).with(csrf())
                .param("reason", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#close-form input[name=reason].is-invalid")).hasSize(1);
        assertThat(refused.select("#lost-form input[name=reason].is-invalid")).isEmpty();
        mvc.perform(post("/customers/" + id + "/close").with(as(users, "manager")).with(csrf()).param("reason", "销户申请"))
                .andExpect(status().isFound());
        var closed = Jsoup.parse(mvc.perform(get("/customers/" + id).with(as(users, "manager"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(closed.select("#reopen-form")).hasSize(1);
        assertThat(closed.select("#close-form, #customer-edit, #transfer-form, #classify-form")).isEmpty();
    }

    @Test
    void aClassificationChangeNeedsAReasonAndIsKept() throws Exception {
        var id = customerOf("manager");
        api.post("manager", "/api/v1/customers/" + id + "/classify", Map.of("abcClass", "A", "vip", true))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post("manager", "/api/v1/customers/" + id + "/classify",
                        Map.of("abcClass", "A", "loyalty", "PARTNER", "valueClass", "PRIME", "creditGrade", "aaa", "vip", true,
                                "reason", "年度评定"))
                .andExpect(status().isNoContent());
        api.get("manager", "/api/v1/customers/" + id)
                .andExpect(jsonPath("$.classification.abcClass").value("A"))
                .andExpect(jsonPath("$.classification.creditGrade").value("AAA"))
                .andExpect(jsonPath("$.classification.vip").value(true));
        assertThat(events.stream(CustomerClassified.class).filter(e -> e.customerId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.before().abcClass()).isNull();
                    assertThat(e.after().abcClass()).isEqualTo(AbcClass.A);
                    assertThat(e.reason()).isEqualTo("年度评定");
                });
        var kept = history.findByCustomerIdOrderByChangedAtDescIdDesc(id, PageRequest.of(0, 10)).getContent();
        assertThat(kept).extracting(r -> r.getField()).contains("abcClass", "loyalty", "valueClass", "creditGrade", "vip");
        assertThat(kept).allSatisfy(r -> assertThat(r.getReason()).isEqualTo("年度评定"));
        api.post("manager", "/api/v1/customers/" + id + "/classify",
                        Map.of("abcClass", "A", "loyalty", "PARTNER", "valueClass", "PRIME", "creditGrade", "AAA", "vip", true,
                                "reason", "again"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("分类没有变化"));
        api.post("manager", "/api/v1/customers/" + id + "/classify", Map.of("creditGrade", "很好", "reason", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("creditGrade"));
        // the page translates the timeline: "分类调整" with the changed fields by name
        var page = Jsoup.parse(mvc.perform(get("/customers/" + id).with(as(users, "manager"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select(".timeline-entry[data-kind=classified] .timeline-title").text()).contains("ABC 分类", "VIP");
    }

    @Test
    void anActivityFromAnotherModuleArrivesOnTheTimeline() throws Exception {
        clock.set(Instant.parse("2026-06-30T01:00:00Z"));
        var id = customerOf("manager");
        var at = Instant.parse("2026-07-01T06:30:00Z");
        tx.executeWithoutResult(s -> publisher.publishEvent(new CustomerActivityRecorded(id, at, "visit",
                "上门拜访：了解理财需求", "客户关注稳健型产品", "manager", "visit-42", true)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                timeline.findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 10)).getContent())
                .anySatisfy(e -> {
                    assertThat(e.getKind()).isEqualTo("visit");
                    assertThat(e.getTitle()).isEqualTo("上门拜访：了解理财需求");
                    assertThat(e.getSourceModule()).isEqualTo("manager");
                    assertThat(e.getReferenceId()).isEqualTo("visit-42");
                    assertThat(e.getAt()).isEqualTo(at);
                }));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(customers.findById(id).orElseThrow().getLastFollowUpAt()).isEqualTo(at));
        // delivered again (after a crash): recorded once
        tx.executeWithoutResult(s -> publisher.publishEvent(new CustomerActivityRecorded(id, at, "visit",
                "上门拜访：了解理财需求", "客户关注稳健型产品", "manager", "visit-42", true)));
        tx.executeWithoutResult(s -> publisher.publishEvent(new CustomerActivityRecorded(id, at.plusSeconds(60),
                "service-request", "报修：门禁失灵", null, "servicedesk", "sr-7")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                timeline.findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 10)).getContent())
                .anySatisfy(e -> assertThat(e.getKind()).isEqualTo("service-request")));
        assertThat(timeline.findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 10)).getContent())
                .filteredOn(e -> "visit-42".equals(e.getReferenceId())).hasSize(1);
        // newest first on the page, with the kind's label
        var page = Jsoup.parse(mvc.perform(get("/customers/" + id).with(as(users, "manager"))).andReturn().getResponse()
                .getContentAsString());
        var first = page.select(".timeline-entry").first();
        assertThat(first.attr("data-kind")).isEqualTo("service-request");
        assertThat(first.text()).contains("客户报事", "报修：门禁失灵");
    }

    @Test
    void theTimelineIsPagedNewestFirst() throws Exception {
        var id = customerOf("manager");
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 25; i++) {
                publisher.publishEvent(new CustomerActivityRecorded(id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L),
                        "reminder", "提醒 " + i, null, "notify", "r-" + i));
            }
        });
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(timeline
                .findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 100)).getContent())
                .filteredOn(e -> e.getKind().equals("reminder")).hasSize(25));
        // besides the 25 reminders: the registration and whatever other modules recorded (the archive's opening)
        var all = timeline.findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 100)).getContent();
        assertThat(all.size()).isGreaterThanOrEqualTo(26).isLessThanOrEqualTo(40);
        assertThat(all).filteredOn(e -> e.getKind().equals("created")).hasSize(1);
        // the reminders are older than the registration: newest first puts them last, 提醒 24 first among them
        assertThat(all.subList(all.size() - 25, all.size())).extracting(e -> e.getTitle())
                .startsWith("提醒 24", "提醒 23").endsWith("提醒 0");
        api.get("manager", "/api/v1/customers/" + id + "/timeline?size=20")
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content[0].kind").value(all.get(0).getKind()));
        var second = mvc.perform(get("/customers/" + id).param("page", "1").header("HX-Request", "true")
                .with(as(users, "manager"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var fragment = Jsoup.parse(second);
        assertThat(second).doesNotContain("<html");
        assertThat(fragment.select(".timeline-entry")).hasSize(all.size() - 20);
        assertThat(fragment.select(".timeline-entry .timeline-title").first().text()).isEqualTo(all.get(20).getTitle());
    }
}
