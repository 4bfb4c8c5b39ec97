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

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
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
}
