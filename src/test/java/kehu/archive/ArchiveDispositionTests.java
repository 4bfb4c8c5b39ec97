package kehu.archive;

import static kehu.archive.ArchiveFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kehu.archive.internal.Archives;
import kehu.archive.internal.ContentFiles;
import kehu.archive.internal.ContentStore;
import kehu.archive.internal.Destructions;
import kehu.archive.internal.DocumentVersions;
import kehu.archive.internal.Volumes;
import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** ARC-8 disposition: due, appraised, approved, destroyed once; content removed, catalogue and register kept; legal hold. */
@KehuTest
@RecordApplicationEvents
class ArchiveDispositionTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired DocumentVersions versions;
    @Autowired Destructions destructions;
    @Autowired ContentStore store;
    @Autowired ArchiveDisposition disposition;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void approve(String approver, String archiveNo) throws Exception {
        var inbox = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                fx.get(approver, "/api/v1/approvals/inbox").andReturn().getResponse().getContentAsString(),
                s -> !JsonPath.<List<Object>>read(s, "$[?(@.title =~ /" + archiveNo + ".*/)]").isEmpty());
        var taskId = JsonPath.<List<Integer>>read(inbox, "$[?(@.title =~ /" + archiveNo + ".*/)].taskId").get(0);
        fx.send(approver, "POST", "/api/v1/approvals/tasks/" + taskId + "/approve", Map.of()).andExpect(status().isOk());
    }

    @Test
    void aDueArchiveIsDestroyedOnceAfterApprovalKeepingItsCatalogueAndARegisterLine() throws Exception {
        clock.set(Instant.parse("2026-01-10T02:00:00Z"));
        var customerId = fx.customer("manager", "automotive"); // QC: 10 years after closing
        var archive = fx.archiveOf(customerId);
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archive.getId()).get(0).getId();
        var documentId = ArchiveFixtures.id(fx.file("archivist", archive.getId(), pdf("购车合同.pdf"), "volumeId", "" + volumeId,
                "title", "购车合同", "categoryCode", "QC.01", "carrier", "ELECTRONIC", "pages", "3", "date", "2026-01-05",
                "responsible", "李销售").andExpect(status().isCreated()));
        var file = ContentFiles.of(store, versions.findByDocumentIdOrderByVersionNo(documentId).get(0).getContentKey());
        fx.send("admin", "POST", "/api/v1/customers/" + customerId + "/close", Map.of("reason", "客户注销")).andExpect(status().isNoContent());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> archives.findById(archive.getId()).orElseThrow().getDestroyOn() != null);
        var destruction = Map.of("appraisal", "保管期满，经鉴定无继续保存价值", "witnesses", "陈档案、孙部长");

        // not before its date
        fx.send("archivist", "POST", "/api/v1/archives/" + archive.getId() + "/destructions", destruction)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2036-01-10")));
        clock.set(Instant.parse("2036-02-01T02:00:00Z"));
        // a legal hold refuses it, and is audited
        fx.send("archivist", "PUT", "/api/v1/archives/" + archive.getId() + "/legal-hold", Map.of("hold", true)).andExpect(status().isBadRequest());
        fx.send("archivist", "PUT", "/api/v1/archives/" + archive.getId() + "/legal-hold", Map.of("hold", true, "reason", "合同纠纷诉讼中"))
                .andExpect(status().isNoContent());
        fx.send("archivist", "POST", "/api/v1/archives/" + archive.getId() + "/destructions", destruction)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("法律保全")));
        fx.send("archivist", "PUT", "/api/v1/archives/" + archive.getId() + "/legal-hold", Map.of("hold", false)).andExpect(status().isNoContent());
        assertThat(events.stream(AuditableAction.class).filter(a -> Long.toString(archive.getId()).equals(a.targetId()))
                .map(AuditableAction::action)).contains("archive.legalHold.place", "archive.legalHold.lift");

        var dispositionList = "/api/v1/archives?destroyBy=2036-12-31&q=" + archive.getArchiveNo();
        fx.get("archivist", dispositionList).andExpect(jsonPath("$.content[*].id").value(org.hamcrest.Matchers.contains(
                archive.getId().intValue())));
        var requestId = ArchiveFixtures.id(fx.send("archivist", "POST", "/api/v1/archives/" + archive.getId() + "/destructions",
                destruction).andExpect(status().isCreated()));
        fx.send("archivist", "POST", "/api/v1/archives/" + archive.getId() + "/destructions", destruction).andExpect(status().isConflict());
        approve("head", archive.getArchiveNo());
        assertThat(Files.exists(file)).as("one step of two destroys nothing").isTrue();
        approve("gm", archive.getArchiveNo());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> destructions.findById(requestId).orElseThrow().getStatus().equals("DONE"));

        assertThat(Files.exists(file)).as("content removed").isFalse();
        assertThat(archives.findById(archive.getId()).orElseThrow().getStatus()).isEqualTo(ArchiveStatus.DESTROYED);
        fx.get("archivist", dispositionList).andExpect(jsonPath("$.content").isEmpty())
                .andExpect(jsonPath("$.totalElements").value(0));
        // the catalogue stays: the document, its title, its hash; its content is gone
        fx.get("archivist", "/api/v1/archives/" + archive.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.volumes[0].documents[0].title").value("购车合同"))
                .andExpect(jsonPath("$.volumes[0].documents[0].versions[0].sha256").isNotEmpty());
        fx.get("archivist", "/api/v1/archives/documents/" + documentId + "/content").andExpect(status().isNotFound());
        fx.send("archivist", "POST", "/api/v1/archives/" + archive.getId() + "/integrity-checks", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.run.problems").value(0));
        fx.get("archivist", "/api/v1/archives/destructions").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + requestId + ")].witnesses").value(org.hamcrest.Matchers.contains("陈档案、孙部长")))
                .andExpect(jsonPath("$.content[?(@.id == " + requestId + ")].filesRemoved").value(org.hamcrest.Matchers.contains(1)));

        var page = org.jsoup.Jsoup.parse(fx.get("archivist", "/archives/" + archive.getId()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#archive-status").text()).isEqualTo("已销毁");
        assertThat(page.select("#archive-disposition").text()).contains("已销毁", "陈档案、孙部长");
        assertThat(fx.get("archivist", "/archives/destructions").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(archive.getArchiveNo(), "保管期满");

        // the approval delivered a second time destroys nothing more
        var d = destructions.findById(requestId).orElseThrow();
        disposition.decided(new ApprovalDecided(d.getApprovalId(), ArchiveDisposition.BUSINESS_TYPE, Long.toString(requestId),
                ApprovalOutcome.APPROVED, Instant.now()));
        assertThat(destructions.findById(requestId).orElseThrow().getDestroyedAt()).isEqualTo(d.getDestroyedAt());
        assertThat(destructions.findById(requestId).orElseThrow().getFilesRemoved()).isEqualTo(1);
        fx.get("archivist", "/api/v1/archives/" + archive.getId() + "/destructions").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].status").value("DONE"));
    }
}
