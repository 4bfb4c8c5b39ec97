package kehu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import kehu.organization.KehuUser;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KehuTest
class AuditWebTests {

    static final Instant AT = Instant.parse("2026-03-01T02:00:00Z"); // 10:00 in Shanghai

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserDetailsService users;

    UserDetails gm;
    UserDetails clerk;
    UserDetails admin;

    @BeforeEach
    void signIn() {
        gm = users.loadUserByUsername("gm");
        clerk = users.loadUserByUsername("clerk");
        // admin holds every permission; past the first-sign-in password change
        admin = ((KehuUser) users.loadUserByUsername("admin")).withPasswordChanged();
    }

    /**
     * Publishes actions on a fresh target id as a module would, one transaction each, waiting for each
     * to be in the log before the next (delivery is asynchronous, so this fixes their order).
     */
    String recorded(String... afterValues) {
        var marker = UUID.randomUUID().toString();
        var filter = new AuditFilter(null, null, null, null, "test", marker, null);
        for (int i = 0; i < afterValues.length; i++) {
            var after = afterValues[i];
            tx.executeWithoutResult(status -> events.publishEvent(
                    AuditableAction.of("test.web", "tester", "test", marker, "was", after, AT)));
            long expected = i + 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> count(filter) == expected);
        }
        return marker;
    }

    long count(AuditFilter filter) {
        return auditLog.search(filter, PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void thePageListsTheFilteredEntriesNewestFirstInShanghaiTime() throws Exception {
        var marker = recorded("first", "second");
        var html = mvc.perform(get("/audit").param("targetType", "test").param("targetId", marker).with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-filter\"")))
                .andExpect(content().string(containsString("id=\"verify-chain\"")))
                .andExpect(content().string(containsString("2026-03-01 10:00:00")))
                .andExpect(content().string(not(containsString("id=\"export-csv\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf(">second<")).isPositive().isLessThan(html.indexOf(">first<"));
        assertThat(html.split("data-seq=").length - 1).isEqualTo(2);
    }

    @Test
    void commonActionsShowALabelOthersTheirCode() throws Exception {
        var marker = recorded("x");
        mvc.perform(get("/audit").param("action", "login.success").with(user(gm)))
                .andExpect(status().isOk());
        tx.executeWithoutResult(s -> events.publishEvent(AuditableAction.of("staff.create", "tester", "test-label", marker,
                null, null, AT)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(new AuditFilter(null, null, null, null, "test-label", marker, null)) == 1);
        mvc.perform(get("/audit").param("targetType", "test-label").param("targetId", marker).with(user(gm)))
                .andExpect(content().string(containsString("新建人员")));
        mvc.perform(get("/audit").param("targetType", "test").param("targetId", marker).param("lang", "en").with(user(gm)))
                .andExpect(content().string(containsString(">test.web<")));
    }

    @Test
    void thePagerKeepsTheFilter() throws Exception {
        var marker = recorded("a", "b", "c");
        mvc.perform(get("/audit").param("targetType", "test").param("targetId", marker).param("size", "2").with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("?targetType=test&amp;targetId=" + marker + "&amp;page=1&amp;size=2")));
    }

    @Test
    void aBadFilterGetsFieldErrorsOnThePageAndInTheApi() throws Exception {
        mvc.perform(get("/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于起始日期")));
        mvc.perform(get("/audit").param("from", "yesterday").with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的日期")));
        mvc.perform(get("/api/v1/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(user(gm)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("截止日期不能早于起始日期"));
        mvc.perform(get("/api/v1/audit").param("actor", "x".repeat(101)).with(user(gm)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actor"));
    }

    @Test
    void withoutAuditViewThePageAndTheApiAreForbidden() throws Exception {
        mvc.perform(get("/audit").with(user(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verification").with(user(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(user(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verification").with(user(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/export.csv").with(user(clerk))).andExpect(status().isForbidden());
    }

    @Test
    void withoutAuditExportTheExportIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/audit/export.csv").with(user(gm))).andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersPagedJson() throws Exception {
        var marker = recorded("one", "two", "three");
        mvc.perform(get("/api/v1/audit").param("targetId", marker).param("size", "2").with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].after").value("three"))
                .andExpect(jsonPath("$.content[0].action").value("test.web"))
                .andExpect(jsonPath("$.content[0].occurredAt").value("2026-03-01T02:00:00Z"))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void verificationIsOfferedAsJsonAndAsAnHtmxFragment() throws Exception {
        recorded("x");
        mvc.perform(get("/api/v1/audit/verification").with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBreak").doesNotExist());
        mvc.perform(get("/audit/verification").header("HX-Request", "true").with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chain-intact\"")))
                .andExpect(content().string(containsString("哈希链完整")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/audit/verification").with(user(gm)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"chain-intact\"")));
    }

    @Test
    void exportIsCsvWithBomHoldingTheFilteredEntriesWithFormulasNeutralised() throws Exception {
        var marker = recorded("=HYPERLINK(\"http://evil.example\",\"click\")", "plain, with \"quotes\"\nand a new line");
        var other = recorded("not wanted");
        long exportsBefore = count(new AuditFilter(null, null, "admin", "audit.export", null, null, null));

        mvc.perform(get("/audit").param("targetId", marker).with(user(admin)))
                .andExpect(content().string(containsString("href=\"/api/v1/audit/export.csv?targetId=" + marker + "\"")));
        var response = mvc.perform(get("/api/v1/audit/export.csv").param("targetId", marker).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse();

        var bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        var lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).startsWith("\"序号\",\"时间\",\"操作人\"");
        assertThat(lines).hasSize(3); // header and the two entries; the embedded new line is inside a quoted cell
        assertThat(lines.get(1)).contains("\"plain, with \"\"quotes\"\"\nand a new line\"").contains(marker);
        assertThat(lines.get(2)).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
                .contains("\"2026-03-01 10:00:00\"");
        assertThat(csv).doesNotContain(other).doesNotContain(",\"=HYPERLINK");

        await().atMost(Duration.ofSeconds(10)).until(() -> count(new AuditFilter(null, null, "admin", "audit.export",
                null, null, marker)) == 1);
        assertThat(count(new AuditFilter(null, null, "admin", "audit.export", null, null, null))).isEqualTo(exportsBefore + 1);
    }
}
