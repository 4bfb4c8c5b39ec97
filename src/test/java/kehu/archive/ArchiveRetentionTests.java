package kehu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import kehu.archive.internal.Archive;
import kehu.archive.internal.Archives;
import kehu.archive.internal.Volumes;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** ARC-8 (first part): a closed account's archive moves to the closed section with its destruction date. */
@KehuTest
class ArchiveRetentionTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long powerCustomer(String voltage) throws Exception {
        return fx.powerCustomer("manager", voltage);
    }

    Archive closed(long customerId) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> archives.findByCustomerId(customerId).orElseThrow(), a -> a.getStatus() == ArchiveStatus.CLOSED);
    }

    @Test
    void aLowVoltageCustomersArchiveMayBeDestroyedThreeYearsAfterClosingAHighVoltageOneFive() throws Exception {
        clock.set(Instant.parse("2026-07-15T03:00:00Z"));
        var low = powerCustomer("低压");
        var high = powerCustomer("高压");
        fx.archiveOf(low);
        fx.archiveOf(high);
        fx.send("admin", "POST", "/api/v1/customers/" + low + "/close", Map.of("reason", "企业注销")).andExpect(status().isNoContent());
        fx.send("admin", "POST", "/api/v1/customers/" + high + "/close", Map.of("reason", "企业注销")).andExpect(status().isNoContent());
        var lowArchive = closed(low);
        var highArchive = closed(high);
        assertThat(lowArchive.getRetentionYears()).isEqualTo(3);
        assertThat(lowArchive.getDestroyOn()).isEqualTo(LocalDate.of(2029, 7, 15));
        assertThat(highArchive.getDestroyOn()).isEqualTo(LocalDate.of(2031, 7, 15));
        // the disposition list of 2029 holds the low-voltage archive, not the high-voltage one
        var due = fx.get("archivist", "/api/v1/archives?status=CLOSED&destroyBy=2029-12-31&size=200").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(due, "$.content[*].id"))
                .contains(lowArchive.getId().intValue()).doesNotContain(highArchive.getId().intValue());
        // a closed archive takes no more documents
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(lowArchive.getId()).get(0).getId();
        fx.file("archivist", lowArchive.getId(), null, "volumeId", "" + volumeId, "title", "补充材料", "categoryCode", "DL.01",
                "carrier", "PAPER", "pages", "1", "date", "2026-07-01", "responsible", "王明").andExpect(status().isConflict());
        var page = fx.get("archivist", "/archives/" + lowArchive.getId()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2029-07-15").contains("已销户");
        // reopened: back in the open section, no destruction date
        fx.send("admin", "POST", "/api/v1/customers/" + low + "/reopen", Map.of("reason", "误操作")).andExpect(status().isNoContent());
        var reopened = Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> archives.findByCustomerId(low).orElseThrow(), a -> a.getStatus() == ArchiveStatus.OPEN);
        assertThat(reopened.getDestroyOn()).isNull();
        fx.get("archivist", "/api/v1/archives/" + highArchive.getId()).andExpect(jsonPath("$.destroyOn").value("2031-07-15"));
    }
}
