package kehu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import kehu.archive.internal.Archives;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** ARC-11 (first part): archives by category and completeness, for the archive room. */
@KehuTest
class ArchiveStatisticsTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired TransactionTemplate tx;
    @Autowired kehu.customer.internal.Customers customers;
    @Autowired kehu.archive.internal.Volumes volumes;
    @Autowired kehu.archive.internal.Loans loans;
    @Autowired kehu.support.MutableClock clock;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    String period(Integer year) throws Exception {
        return fx.get("archivist", "/api/v1/archives/statistics/period" + (year == null ? "" : "?year=" + year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static long at(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    long count(String figures, String category, String field) {
        List<Number> values = JsonPath.read(figures, "$.categories[?(@.code == '" + category + "')]." + field);
        return values.isEmpty() ? 0 : values.get(0).longValue();
    }

    String figures() throws Exception {
        return fx.get("archivist", "/api/v1/archives/statistics").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aNewIncompleteArchiveIsCountedInItsCategory() throws Exception {
        // archives of customers created before (demo data, other tests) are opened after their commit: let them settle
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> archives.count() == customers.count());
        var before = figures();
        fx.archiveOf(fx.customer("manager", "automotive"));
        var after = figures();
        assertThat(count(after, "QC", "archives")).isEqualTo(count(before, "QC", "archives") + 1);
        assertThat(count(after, "QC", "incomplete")).isEqualTo(count(before, "QC", "incomplete") + 1);
        assertThat(((Number) JsonPath.read(after, "$.archives")).longValue())
                .isEqualTo(((Number) JsonPath.read(before, "$.archives")).longValue() + 1);
        assertThat(((Number) JsonPath.read(after, "$.archives")).longValue()).isEqualTo(archives.count());
        var page = fx.get("archivist", "/archives/statistics").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#stat-archives").text()).isEqualTo(Long.toString(archives.count()));
        assertThat(page).contains("汽车客户档案");
        // the same figures as charts: a stacked bar per category (complete, incomplete) and the integrity states
        var doc = org.jsoup.Jsoup.parse(page);
        var categoryChart = doc.select("#category-chart").attr("data-chart");
        assertThat(JsonPath.<List<String>>read(categoryChart, "$.yAxis.data")).contains("汽车客户档案");
        assertThat(JsonPath.<List<String>>read(categoryChart, "$.series[*].name")).containsExactly("齐全", "缺件档案");
        assertThat(doc.select("#integrity-chart").attr("data-chart")).contains("\"type\":\"pie\"");
        assertThat(doc.select("script[src*=echarts]")).hasSize(1);
        fx.get("manager", "/api/v1/archives/statistics").andExpect(status().isForbidden());
    }

    @Test
    void aYearIsCountedMonthByMonthAndTheDispositionAheadYearByYear() throws Exception {
        // 2033 is a year no other test files, lends or closes in
        clock.set(java.time.Instant.parse("2033-03-10T02:00:00Z"));
        var before = period(2033);
        var dueBefore = period(null);
        var customerId = fx.powerCustomer("manager", "低压"); // 3 years after closing
        var archive = fx.archiveOf(customerId);
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archive.getId()).get(0).getId();
        var documentId = ArchiveFixtures.id(fx.file("archivist", archive.getId(), null, "volumeId", "" + volumeId,
                "title", "供用电合同（纸质）", "categoryCode", "DL.01", "carrier", "PAPER", "pages", "4", "date", "2033-03-01",
                "responsible", "王营销", "confidentiality", "INTERNAL").andExpect(status().isCreated()));
        var loanId = ArchiveFixtures.id(fx.send("manager", "POST", "/api/v1/archives/" + archive.getId() + "/loans",
                java.util.Map.of("documentIds", List.of(documentId), "purpose", "核对合同容量", "mode", "PHYSICAL",
                        "copying", "NONE", "dueOn", "2033-04-30")).andExpect(status().isCreated()));
        var inbox = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                fx.get("archivist", "/api/v1/approvals/inbox").andReturn().getResponse().getContentAsString(),
                s -> !JsonPath.<List<Object>>read(s, "$[?(@.title =~ /" + archive.getArchiveNo() + ".*/)]").isEmpty());
        var taskId = JsonPath.<List<Integer>>read(inbox, "$[?(@.title =~ /" + archive.getArchiveNo() + ".*/)].taskId").get(0);
        fx.send("archivist", "POST", "/api/v1/approvals/tasks/" + taskId + "/approve", java.util.Map.of()).andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> loans.findById(loanId).orElseThrow().getStatus() == LoanStatus.APPROVED);
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + loanId + "/hand-out", java.util.Map.of("signedName", "王营销"))
                .andExpect(status().isOk());
        clock.set(java.time.Instant.parse("2033-04-02T02:00:00Z"));
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + loanId + "/return", java.util.Map.of("condition", "INTACT"))
                .andExpect(status().isOk());
        fx.send("admin", "POST", "/api/v1/customers/" + customerId + "/close", java.util.Map.of("reason", "企业注销"))
                .andExpect(status().isNoContent());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> archives.findById(archive.getId()).orElseThrow().getDestroyOn() != null);
        assertThat(archives.findById(archive.getId()).orElseThrow().getDestroyOn()).isEqualTo(java.time.LocalDate.of(2036, 4, 2));

        var after = period(2033);
        assertThat(at(after, "$.months[2].documents")).as("March: one document filed").isEqualTo(at(before, "$.months[2].documents") + 1);
        assertThat(at(after, "$.months[2].loans")).as("March: one loan asked for").isEqualTo(at(before, "$.months[2].loans") + 1);
        assertThat(at(after, "$.months[3].returned")).as("April: it came back").isEqualTo(at(before, "$.months[3].returned") + 1);
        assertThat(at(after, "$.months[2].returned")).isEqualTo(at(before, "$.months[2].returned"));
        assertThat(at(after, "$.total.documents")).isEqualTo(at(before, "$.total.documents") + 1);
        // the outlook from 2033: the archive becomes destroyable in 2036
        var due = period(null);
        assertThat(JsonPath.<Integer>read(due, "$.year")).isEqualTo(2033);
        assertThat(JsonPath.<List<Object>>read(due, "$.due")).hasSize(1 + 6);
        assertThat(at(due, "$.due[4].archives"))
                .isEqualTo(at(dueBefore, "$.due[4].archives") + 1);
        assertThat(JsonPath.<Integer>read(due, "$.due[4].year")).isEqualTo(2036);
        assertThat(JsonPath.<String>read(due, "$.due[4].destroyBy")).isEqualTo("2036-12-31");
        assertThat(at(due, "$.due[3].archives")).isEqualTo(at(dueBefore, "$.due[3].archives"));

        // the page: the year's table and chart, and a link to the disposition list of 2036 that lists the archive
        var page = org.jsoup.Jsoup.parse(fx.get("archivist", "/archives/statistics?year=2033").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#period-year").text()).isEqualTo("2033 年");
        assertThat(page.select("#period-months tbody tr")).hasSize(12);
        assertThat(JsonPath.<List<String>>read(page.select("#period-chart").attr("data-chart"), "$.series[*].name"))
                .containsExactly("归档文件", "借阅申请", "归还", "销毁");
        var link = page.select("#period-due a[href*=destroyBy=2036-12-31]");
        assertThat(link).hasSize(1);
        var list = org.jsoup.Jsoup.parse(fx.get("archivist", link.attr("href")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#disposition-banner").text()).contains("2036-12-31");
        assertThat(list.select("#archive-rows").text()).contains(archive.getArchiveNo(), "2036-04-02");
        fx.get("archivist", "/api/v1/archives/statistics/period?year=1999").andExpect(status().isBadRequest());
        fx.get("manager", "/api/v1/archives/statistics/period").andExpect(status().isForbidden());
    }
}
