package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import kehu.audit.AuditFilter;
import kehu.audit.AuditLog;
import kehu.organization.OrganizationDirectory;
import kehu.servicedesk.ServiceReports.RateKind;
import kehu.servicedesk.internal.ReturnVisit;
import kehu.servicedesk.internal.ReturnVisits;
import kehu.servicedesk.internal.WorkOrders;
import kehu.shared.ClockConfiguration;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * SVC-6 rates and SVC-9 reports computed from a known set of records in a month no other test touches
 * (May 2029): each rate is the count of its records, the trace lists exactly them, the reports and their
 * workbooks carry the same figures, and a viewer outside the service unit's scope sees none of it.
 */
@KehuTest
class ServiceReportTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalDate MAY_1 = LocalDate.of(2029, 5, 1);
    static final LocalDate MAY_31 = LocalDate.of(2029, 5, 31);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired ReturnVisits visits;
    @Autowired WorkOrders workOrders;
    @Autowired ServiceReports reports;
    @Autowired OrganizationDirectory directory;
    @Autowired MutableClock clock;

    ServiceDeskClient api;

    /** The records of May 2029, made once for the class (the context and database are shared). */
    static Scenario scenario;

    record Scenario(long consult, long satisfiedComplaint, long dissatisfiedComplaint, long doneRepair, long openRepair,
                    long satisfiedVisit, long dissatisfiedVisit, long repairVisit) {
    }

    static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(ClockConfiguration.ZONE).toInstant();
    }

    @BeforeEach
    void setUp() throws Exception {
        api = new ServiceDeskClient(mvc, users, json);
        if (scenario == null) {
            scenario = makeMay();
        }
        clock.set(at("2029-05-09T10:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ReturnVisit visitOf(long matterId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> visits.findByMatterIdOrderByIdAsc(matterId), l -> !l.isEmpty())
                .get(0);
    }

    Scenario makeMay() throws Exception {
        clock.set(at("2029-05-07T10:00"));
        var consult = api.register("clerk", with(phoneMatter("CONSULTATION", "reception", "五月报表：停车月卡怎么办"),
                "answeredOnTheSpot", true, "answer", "带行驶证到前台办理"));
        var eng = directory.unitByCode("ENG").orElseThrow().id();
        clock.set(at("2029-05-07T10:10"));
        var good = api.register("clerk", phoneMatter("COMPLAINT", "reception", "五月报表：前台登记太慢"));
        clock.set(at("2029-05-07T11:00"));
        api.post("supervisor", "/api/v1/service/matters/" + good + "/resolve", Map.of("summary", "已道歉并增派人手",
                "substantiated", true, "causeCode", "service-lapse", "responsibleUnitId", eng)).andExpect(status().isNoContent());
        clock.set(at("2029-05-07T11:10"));
        var bad = api.register("clerk", phoneMatter("COMPLAINT", "reception", "五月报表：保安态度生硬"));
        clock.set(at("2029-05-07T13:30"));
        api.post("supervisor", "/api/v1/service/matters/" + bad + "/resolve", Map.of("summary", "经核实属误会",
                "substantiated", false, "causeCode", "service-lapse")).andExpect(status().isNoContent());
        clock.set(at("2029-05-07T14:00"));
        var done = api.register("clerk", phoneMatter("REPAIR", "doors-windows", "五月报表：阳台门合页松动"));
        clock.set(at("2029-05-07T14:20"));
        var order = workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(done).get(0);
        api.post("handler", "/api/v1/service/work-orders/" + order.getId() + "/take", Map.of("version", order.getVersion()))
                .andExpect(status().isNoContent());
        clock.set(at("2029-05-07T16:00"));
        var version = workOrders.findById(order.getId()).orElseThrow().getVersion();
        api.post("handler", "/api/v1/service/work-orders/" + order.getId() + "/receipt",
                Map.of("workDone", "更换合页", "customerConfirmed", true, "version", version)).andExpect(status().isNoContent());
        clock.set(at("2029-05-07T16:30"));
        var open = api.register("clerk", phoneMatter("REPAIR", "doors-windows", "五月报表：卧室窗户漏风"));

        clock.set(at("2029-05-08T15:00"));
        var goodVisit = visitOf(good);
        api.post("clerk", "/api/v1/service/visits/" + goodVisit.getId() + "/calls", Map.of("outcome", "SATISFIED",
                "overall", 5, "ratings", Map.of("reception", 5, "attitude", 4))).andExpect(status().isOk());
        var badVisit = visitOf(bad);
        api.post("clerk", "/api/v1/service/visits/" + badVisit.getId() + "/calls", Map.of("outcome", "DISSATISFIED",
                "overall", 2, "ratings", Map.of("reception", 2), "note", "仍不认可")).andExpect(status().isOk());
        var repairVisit = visitOf(done);
        return new Scenario(consult, good, bad, done, open, goodVisit.getId(), badVisit.getId(), repairVisit.getId());
    }

    @Test
    void eachRateCountsTheRecordsOfThePeriodAndTraceListsThem() {
        var r = api.signedInAsResult("supervisor", () -> reports.rates(MAY_1, MAY_31));
        assertThat(r.rate(RateKind.SATISFACTION)).as("one of two reached customers satisfied")
                .extracting(ServiceReports.Rate::numerator, ServiceReports.Rate::denominator).containsExactly(1L, 2L);
        assertThat(r.rate(RateKind.SATISFACTION).percent()).isEqualTo(50.0);
        assertThat(r.rate(RateKind.CALLBACK)).as("two of three due visits made (the repair's 3DC visit is pending)")
                .extracting(ServiceReports.Rate::numerator, ServiceReports.Rate::denominator).containsExactly(2L, 3L);
        assertThat(r.rate(RateKind.CALLBACK).percent()).isEqualTo(66.7);
        assertThat(r.rate(RateKind.REPAIR_COMPLETION))
                .extracting(ServiceReports.Rate::numerator, ServiceReports.Rate::denominator).containsExactly(1L, 2L);
        assertThat(r.rate(RateKind.FIRST_CONTACT)).as("the consultation answered at intake, of five received")
                .extracting(ServiceReports.Rate::numerator, ServiceReports.Rate::denominator).containsExactly(1L, 5L);
        assertThat(r.rate(RateKind.ON_TIME)).as("consultation, satisfied complaint and repair resolved in time; "
                        + "the reopened complaint is no longer resolved")
                .extracting(ServiceReports.Rate::numerator, ServiceReports.Rate::denominator).containsExactly(3L, 3L);
        assertThat(r.satisfactionTarget()).isEqualTo(95);
        assertThat(r.months()).endsWith("2029-05").hasSize(6);
        assertThat(r.trend().get(RateKind.SATISFACTION)).endsWith(50.0);
        assertThat(r.items()).filteredOn(i -> i.code().equals("reception")).singleElement().satisfies(i -> {
            assertThat(i.ratings()).isEqualTo(2);
            assertThat(i.average()).isEqualTo(3.5);
            assertThat(i.satisfied()).isEqualTo(1);
        });

        var trace = api.signedInAsResult("supervisor", () -> reports.trace(RateKind.SATISFACTION, MAY_1, MAY_31));
        assertThat(trace).extracting(ServiceReports.TraceLine::id)
                .containsExactlyInAnyOrder(scenario.satisfiedVisit(), scenario.dissatisfiedVisit());
        assertThat(trace).filteredOn(ServiceReports.TraceLine::counted).extracting(ServiceReports.TraceLine::id)
                .containsExactly(scenario.satisfiedVisit());
        var firstContact = api.signedInAsResult("supervisor", () -> reports.trace(RateKind.FIRST_CONTACT, MAY_1, MAY_31));
        assertThat(firstContact).extracting(ServiceReports.TraceLine::id).containsExactlyInAnyOrder(scenario.consult(),
                scenario.satisfiedComplaint(), scenario.dissatisfiedComplaint(), scenario.doneRepair(), scenario.openRepair());
        assertThat(firstContact).filteredOn(ServiceReports.TraceLine::counted).extracting(ServiceReports.TraceLine::id)
                .containsExactly(scenario.consult());
    }

    @Test
    void theReportsBreakTheMonthDown() {
        var duty = api.signedInAsResult("supervisor", () -> reports.duty(LocalDate.of(2029, 5, 7)));
        assertThat(duty.byType()).containsEntry(MatterType.COMPLAINT, 2L).containsEntry(MatterType.REPAIR, 2L)
                .containsEntry(MatterType.CONSULTATION, 1L);
        assertThat(duty.answeredAtOnce()).isEqualTo(1);
        assertThat(duty.byChannel()).containsEntry("电话", 5L);
        assertThat(api.signedInAsResult("supervisor", () -> reports.complaintsOf(LocalDate.of(2029, 5, 7))))
                .extracting(ServiceReports.MatterLine::id)
                .containsExactlyInAnyOrder(scenario.satisfiedComplaint(), scenario.dissatisfiedComplaint());

        var v = api.signedInAsResult("supervisor", () -> reports.visits(MAY_1, MAY_31));
        assertThat(v.kinds()).filteredOn(k -> k.kind() == VisitKind.AFTER_SERVICE).singleElement().satisfies(k -> {
            assertThat(k.due()).isEqualTo(2);
            assertThat(k.done()).isEqualTo(2);
            assertThat(k.satisfied()).isEqualTo(1);
            assertThat(k.dissatisfied()).isEqualTo(1);
        });
        assertThat(v.kinds()).filteredOn(k -> k.kind() == VisitKind.REPAIR_3DC).singleElement().satisfies(k -> {
            assertThat(k.due()).isEqualTo(1);
            assertThat(k.pending()).isEqualTo(1);
        });

        var c = api.signedInAsResult("supervisor", () -> reports.complaints(MAY_1, MAY_31));
        assertThat(c.resolved()).isEqualTo(2);
        assertThat(c.substantiated()).isEqualTo(1);
        assertThat(c.substantiatedPercent()).isEqualTo(50.0);
        assertThat(c.byCause()).singleElement().satisfies(x -> {
            assertThat(x.label()).isEqualTo("服务不到位");
            assertThat(x.count()).isEqualTo(2);
            assertThat(x.substantiated()).isEqualTo(1);
        });
        assertThat(c.byDepartment()).extracting(ServiceReports.Count::label).contains("工程部");
        assertThat(c.byCategory()).extracting(ServiceReports.Count::count).containsExactly(2L);
        // the whole-company scope reads the resolutions alone, a limited scope joins the matters: same answer
        var all = api.signedInAsResult("gm", () -> reports.complaints(MAY_1, MAY_31));
        assertThat(all.resolved()).isEqualTo(2);
        assertThat(all.byCause()).isEqualTo(c.byCause());
        assertThat(all.byCategory()).isEqualTo(c.byCategory());
        assertThat(api.signedInAsResult("head", () -> reports.complaints(MAY_1, MAY_31)).resolved()).isZero();

        var u = api.signedInAsResult("supervisor", () -> reports.unfinished(LocalDate.of(2029, 5, 9)));
        assertThat(u.matters()).extracting(ServiceReports.MatterLine::id)
                .contains(scenario.openRepair(), scenario.dissatisfiedComplaint())
                .doesNotContain(scenario.consult(), scenario.satisfiedComplaint(), scenario.doneRepair());
    }

    @Test
    void aViewerOutsideTheServiceUnitSeesNoneOfItAndAClerkMayNotLook() throws Exception {
        var head = api.signedInAsResult("head", () -> reports.rates(MAY_1, MAY_31));
        assertThat(head.rates()).allSatisfy(rate -> assertThat(rate.denominator()).as(rate.kind().name()).isZero());
        var gm = api.signedInAsResult("gm", () -> reports.rates(MAY_1, MAY_31));
        assertThat(gm.rate(RateKind.FIRST_CONTACT).denominator()).isEqualTo(5);
        api.signedInAs("clerk", () -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.rates(MAY_1, MAY_31))
                .isInstanceOf(AccessDeniedException.class));
        mvc.perform(get("/service/reports").with(as(users, "clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/service/reports").with(as(users, "handler"))).andExpect(status().isForbidden());
    }

    @Test
    void theRestApiAnswersTheSameFiguresAndNamesABadDate() throws Exception {
        var rates = api.get("supervisor", "/api/v1/service/reports/rates?from=2029-05-01&to=2029-05-31").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(rates, "$.rates[?(@.kind == 'SATISFACTION')].numerator"))
                .containsExactly(1);
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(rates, "$.rates[?(@.kind == 'CALLBACK')].denominator"))
                .containsExactly(3);
        var trace = api.get("supervisor", "/api/v1/service/reports/rates/trace?kind=SATISFACTION&from=2029-05-01&to=2029-05-31")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(trace, "$[?(@.counted == true)].id"))
                .containsExactly((int) scenario.satisfiedVisit());
        var daily = api.get("supervisor", "/api/v1/service/reports/daily?day=2029-05-07").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(daily, "$.duty.byType.COMPLAINT")).isEqualTo(2);
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(daily, "$.complaints[*].id")).containsExactlyInAnyOrder(
                (int) scenario.satisfiedComplaint(), (int) scenario.dissatisfiedComplaint());
        api.get("supervisor", "/api/v1/service/reports/complaints?from=2029-05-01&to=2029-05-31").andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.substantiated").value(1));
        api.get("supervisor", "/api/v1/service/reports/visits?from=2029-05-01&to=2029-05-31").andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.kinds[?(@.kind == 'REPAIR_3DC')].pending").value(org.hamcrest.Matchers.contains(1)));
        var unfinished = api.get("supervisor", "/api/v1/service/reports/unfinished?asOf=2029-05-09").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(unfinished, "$.matters[*].id")).contains((int) scenario.openRepair());

        var bad = api.get("supervisor", "/api/v1/service/reports/rates?from=2029-13-01").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(bad, "$.errors[*].field")).containsExactly("from");
        var reversed = api.get("supervisor", "/api/v1/service/reports/rates?from=2029-05-31&to=2029-05-01")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(reversed, "$.errors[*].field")).containsExactly("to");
        api.get("clerk", "/api/v1/service/reports/rates").andExpect(status().isForbidden());
    }

    @Test
    void badPeriodsAreRefusedByName() {
        api.signedInAs("supervisor", () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.rates(MAY_31, MAY_1))
                    .isInstanceOfSatisfying(kehu.shared.DomainException.class,
                            e -> assertThat(e.violations()).extracting(kehu.shared.FieldViolation::field).containsExactly("to"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.visits(LocalDate.of(2020, 1, 1), MAY_31))
                    .isInstanceOfSatisfying(kehu.shared.DomainException.class,
                            e -> assertThat(e.violations()).extracting(kehu.shared.FieldViolation::field).containsExactly("from"));
        });
    }

    @Test
    void thePagesShowTheFiguresWithTheirChartsAndTheWorkbooksCarryThem() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/service/reports?from=2029-05-01&to=2029-05-31").with(as(users, "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".rate-card[data-kind=SATISFACTION] .rate-percent").text()).isEqualTo("50.0%");
        assertThat(page.select(".rate-card[data-kind=SATISFACTION]").hasClass("border-danger")).as("below the 95% target").isTrue();
        assertThat(page.select(".rate-card[data-kind=CALLBACK] .rate-trace").text()).isEqualTo("2 / 3");
        assertThat(page.select("#item-table tr[data-code=reception]").text()).contains("3.5");
        var chart = json.readTree(page.selectFirst("#trend-chart").attr("data-chart"));
        assertThat(chart.at("/xAxis/data/5").asString()).isEqualTo("2029-05");
        assertThat(chart.at("/series/0/data/5").asDouble()).isEqualTo(50.0);
        assertThat(page.select("script[src*=echarts]")).hasSize(1);
        assertThat(page.select("#report-period").attr("action")).isEqualTo("/service/reports");
        assertThat(page.select("#report-export").attr("href")).isEqualTo("/service/reports/rates.xlsx?from=2029-05-01&to=2029-05-31");

        var trace = Jsoup.parse(mvc.perform(get("/service/reports/trace?kind=ON_TIME&from=2029-05-01&to=2029-05-31")
                .with(as(users, "supervisor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(trace.select("#trace-table tr[data-id]")).hasSize(3);
        assertThat(trace.select("#trace-summary").text()).isEqualTo("计入 3 条，共统计 3 条。");

        var daily = Jsoup.parse(mvc.perform(get("/service/reports/daily?day=2029-05-07").with(as(users, "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(daily.select("#duty-table tr[data-id]")).hasSize(5);
        assertThat(daily.select("#complaint-table tr[data-id]")).hasSize(2);
        assertThat(daily.select("#answered-at-once").text()).isEqualTo("1");
        assertThat(daily.select("#duty-table").text()).contains("五月报表：前台登记太慢");

        var visitsPage = Jsoup.parse(mvc.perform(get("/service/reports/visits?by=month&date=2029-05-15").with(as(users, "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(visitsPage.select("#visit-period").text()).contains("2029-05-01").contains("2029-05-31");
        assertThat(visitsPage.select("#visit-report tr[data-kind=REPAIR_3DC] td").eachText()).startsWith("维修三日回访（3DC）", "1", "0");

        var complaints = Jsoup.parse(mvc.perform(get("/service/reports/complaints?from=2029-05-01&to=2029-05-31")
                .with(as(users, "gm"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(complaints.select("#complaints-substantiated-percent").text()).isEqualTo("50.0%");
        assertThat(complaints.select("#complaints-byCause").text()).contains("服务不到位");

        var unfinished = Jsoup.parse(mvc.perform(get("/service/reports/unfinished?asOf=2029-05-09").with(as(users, "gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(unfinished.select("#unfinished-table tr[data-id=" + scenario.openRepair() + "]")).hasSize(1);
        assertThat(unfinished.select("#unfinished-table tr[data-id=" + scenario.openRepair() + "] a"))
                .as("a report viewer alone does not open matters").isEmpty();

        var bad = Jsoup.parse(mvc.perform(get("/service/reports?from=2029-05-31&to=2029-05-01").with(as(users, "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(bad.select("#report-refusal").text()).isEqualTo("结束日期不能早于开始日期。");
        var garbled = Jsoup.parse(mvc.perform(get("/service/reports/daily?day=yesterday").with(as(users, "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(garbled.select("#report-refusal").text()).contains("年-月-日");
    }

    @Test
    void workbooksCarryTheFiguresNeutraliseFormulasAndAreAudited(@Autowired AuditLog audit) throws Exception {
        clock.set(at("2029-07-02T10:00"));
        var formula = api.register("clerk", phoneMatter("COMPLAINT", "reception", "=HYPERLINK(\"http://x\")"));
        var xlsx = mvc.perform(get("/service/reports/daily.xlsx?day=2029-07-02").with(as(users, "supervisor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        var sheets = sheets(xlsx);
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("", sheets)).contains("'=HYPERLINK").doesNotContain("<f>");

        var rates = sheets(mvc.perform(get("/service/reports/rates.xlsx?from=2029-05-01&to=2029-05-31").with(as(users, "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(rates.get(0)).contains("满意率").contains("<v>50.0</v>").contains("<v>66.7</v>");
        for (var report : List.of("visits.xlsx?by=month&date=2029-05-01", "complaints.xlsx?from=2029-05-01&to=2029-05-31",
                "unfinished.xlsx?asOf=2029-05-09")) {
            mvc.perform(get("/service/reports/" + report).with(as(users, "gm"))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", XLSX));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.signedInAsResult("admin",
                () -> audit.search(new AuditFilter(null, null, null, "service.report.export", null, null, null),
                        org.springframework.data.domain.PageRequest.of(0, 50)).getContent()))
                .extracting(e -> e.actor()).contains("supervisor", "gm"));
        assertThat(formula).isPositive();
    }

    /** The XML of each worksheet of a workbook, character references resolved. */
    static List<String> sheets(byte[] xlsx) throws Exception {
        var found = new java.util.TreeMap<String, String>();
        var file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        try (var in = zip.getInputStream(e)) {
                            found.put(e.getName(), org.jsoup.parser.Parser.unescapeEntities(
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8), false));
                        }
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return List.copyOf(found.values());
    }
}
