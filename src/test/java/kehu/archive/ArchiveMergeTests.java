package kehu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kehu.archive.internal.Archive;
import kehu.archive.internal.Archives;
import kehu.archive.internal.Volumes;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * CUS-4 × ARC-1/ARC-8: when two customers are merged, the loser's archive is kept whole (number, documents), linked
 * to the winner's, follows the winner's manager, and closes and reopens with it — nothing is left open for ever.
 */
@KehuTest
class ArchiveMergeTests {

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

    Archive archive(long id) {
        return archives.findById(id).orElseThrow();
    }

    @Test
    void theLosersArchiveIsLinkedToTheWinnersFollowsItsManagerAndClosesAndReopensWithIt() throws Exception {
        clock.set(Instant.parse("2026-08-03T02:00:00Z"));
        var winner = fx.powerCustomer("manager", "高压");
        var loser = fx.powerCustomer("manager2", "低压");
        var w = fx.archiveOf(winner);
        var l = fx.archiveOf(loser);
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(l.getId()).get(0).getId();
        fx.file("archivist", l.getId(), null, "volumeId", "" + volumeId, "title", "用电申请书（重复建户）", "categoryCode",
                "DL.01", "carrier", "PAPER", "pages", "2", "date", "2026-07-20", "responsible", "王营销")
                .andExpect(status().isCreated());

        fx.send("admin", "POST", "/api/v1/customers/" + winner + "/merge/" + loser, Map.of("take", List.of()))
                .andExpect(status().isNoContent());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> archive(l.getId()).getMergedIntoId() != null);
        var merged = archive(l.getId());
        assertThat(merged.getMergedIntoId()).isEqualTo(w.getId());
        assertThat(merged.getArchiveNo()).as("not renumbered").isEqualTo(l.getArchiveNo());
        assertThat(merged.getOwnerStaffId()).as("the winner's manager answers for it").isEqualTo(fx.staffId("manager"));
        assertThat(merged.getStatus()).isEqualTo(ArchiveStatus.OPEN);
        // the merged archive changed hands: a handover from the loser's manager to the winner's, with its checklist
        var handover = Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> fx.get("archivist",
                "/api/v1/archives/" + l.getId() + "/handovers").andReturn().getResponse().getContentAsString(),
                s -> s.startsWith("[{"));
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(handover, "$[0].fromName")).isEqualTo("周经理");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(handover, "$[0].toName")).isEqualTo("刘经理");
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(handover, "$[0].items[*].kind")).contains("ARCHIVE");
        fx.get("archivist", "/api/v1/archives/" + l.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.volumes[0].documents[0].title").value("用电申请书（重复建户）"))
                .andExpect(jsonPath("$.mergedInto.archiveNo").value(w.getArchiveNo()));
        fx.get("archivist", "/api/v1/archives/" + w.getId()).andExpect(jsonPath("$.merged[0].archiveNo").value(l.getArchiveNo()));

        var loserPage = Jsoup.parse(fx.get("manager", "/archives/" + l.getId()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(loserPage.select("#archive-merged-into").text()).contains("2026-08-03", w.getArchiveNo());
        assertThat(loserPage.select("#archive-merged-into a").attr("href")).isEqualTo("/archives/" + w.getId());
        var winnerPage = Jsoup.parse(fx.get("manager", "/archives/" + w.getId()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(winnerPage.select("#archive-merged a").attr("href")).isEqualTo("/archives/" + l.getId());

        // closing the winner closes both, each by its own retention rule (高压 5 years, 低压 3 years)
        clock.set(Instant.parse("2026-09-01T02:00:00Z"));
        fx.send("admin", "POST", "/api/v1/customers/" + winner + "/close", Map.of("reason", "企业注销")).andExpect(status().isNoContent());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> archive(l.getId()).getStatus() == ArchiveStatus.CLOSED
                && archive(w.getId()).getStatus() == ArchiveStatus.CLOSED);
        assertThat(archive(w.getId()).getDestroyOn()).isEqualTo(LocalDate.of(2031, 9, 1));
        assertThat(archive(l.getId()).getDestroyOn()).isEqualTo(LocalDate.of(2029, 9, 1));

        fx.send("admin", "POST", "/api/v1/customers/" + winner + "/reopen", Map.of("reason", "恢复供电"))
                .andExpect(status().isNoContent());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> archive(l.getId()).getStatus() == ArchiveStatus.OPEN
                && archive(w.getId()).getStatus() == ArchiveStatus.OPEN);
        assertThat(archive(l.getId()).getDestroyOn()).isNull();
    }
}
