package kehu.archive;

import static kehu.archive.ArchiveFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;

import kehu.archive.internal.Archive;
import kehu.archive.internal.ArchiveDocuments;
import kehu.archive.internal.Archives;
import kehu.archive.internal.ContentFiles;
import kehu.archive.internal.ContentStore;
import kehu.archive.internal.DocumentVersions;
import kehu.archive.internal.IntegrityProblems;
import kehu.archive.internal.Volumes;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** ARC-10: integrity checks at intake, on read, by hand and as a sweep; a changed file is never served as valid. */
@KehuTest
class ArchiveIntegrityTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired ArchiveDocuments documents;
    @Autowired DocumentVersions versions;
    @Autowired IntegrityProblems problems;
    @Autowired ContentStore store;
    @Autowired ArchiveIntegrity integrity;
    @Autowired TransactionTemplate tx;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    record Filed(long archiveId, long documentId, java.nio.file.Path file) {
    }

    Filed fileOne() throws Exception {
        var archiveId = fx.archiveOf(fx.customer("manager", "automotive")).getId();
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archiveId).get(0).getId();
        var documentId = ArchiveFixtures.id(fx.file("archivist", archiveId, pdf("发票.pdf"), "volumeId", "" + volumeId,
                "title", "车辆零售发票", "categoryCode", "QC.01", "carrier", "ELECTRONIC", "pages", "1", "date", "2026-01-05",
                "responsible", "李销售").andExpect(status().isCreated()));
        var key = versions.findByDocumentIdOrderByVersionNo(documentId).get(0).getContentKey();
        return new Filed(archiveId, documentId, ContentFiles.of(store, key));
    }

    Archive archive(long id) {
        return archives.findById(id).orElseThrow();
    }

    @Test
    void aCleanArchivePassesAllFourChecks() throws Exception {
        var f = fileOne();
        fx.send("archivist", "POST", "/api/v1/archives/" + f.archiveId() + "/integrity-checks", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.run.trigger").value("MANUAL"))
                .andExpect(jsonPath("$.run.filesChecked").value(1))
                .andExpect(jsonPath("$.run.bytesHashed").value((int) Files.size(f.file())))
                .andExpect(jsonPath("$.run.problems").value(0));
        assertThat(archive(f.archiveId()).getIntegrityStatus()).isEqualTo(Archive.Integrity.OK);
    }

    @Test
    void aFileChangedOnDiskIsNeverServedAndIsReportedByReadAndSweep() throws Exception {
        var f = fileOne();
        var bytes = Files.readAllBytes(f.file());
        bytes[bytes.length - 3] ^= 0x01; // one bit, same size
        Files.write(f.file(), bytes);

        fx.get("archivist", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("哈希值不符")));
        var afterRead = archive(f.archiveId());
        assertThat(afterRead.getIntegrityStatus()).isEqualTo(Archive.Integrity.PROBLEMS);
        assertThat(problems.ofArchiveInRun(f.archiveId(), afterRead.getIntegrityRunId()))
                .extracting(p -> p.getCode()).containsExactly("hashMismatch");

        var run = integrity.sweep();
        assertThat(run.trigger()).isEqualTo("SWEEP");
        assertThat(run.finishedAt()).isNotNull();
        var report = fx.get("archivist", "/api/v1/archives/integrity-runs/" + run.id()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var filter = "$.problems[?(@.archiveId == " + f.archiveId() + ")]";
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(report, filter + ".code"))
                .containsExactlyInAnyOrder("hashMismatch", "changedOutsideSystem");
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(report, filter + ".aspect"))
                .containsExactlyInAnyOrder("AUTHENTICITY", "SECURITY");
        // the archive page and the per-run report show it
        fx.get("archivist", "/api/v1/archives/" + f.archiveId()).andExpect(jsonPath("$.integrity").value("PROBLEMS"))
                .andExpect(jsonPath("$.problems[*].code").value(org.hamcrest.Matchers.hasItem("hashMismatch")));
        var page = fx.get("archivist", "/archives/integrity?run=" + run.id()).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(archive(f.archiveId()).getArchiveNo()).contains("哈希值与接收时不符");
    }

    @Test
    void aMissingFileIsACompletenessProblem() throws Exception {
        var f = fileOne();
        Files.delete(f.file());
        fx.get("archivist", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isConflict());
        var run = fx.send("archivist", "POST", "/api/v1/archives/" + f.archiveId() + "/integrity-checks", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(run, "$.problems[*].code")).containsExactly("fileMissing");
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(run, "$.problems[*].aspect")).containsExactly("COMPLETENESS");
    }

    @Test
    void aSweepCoversEveryArchiveAndCountsWhatItHashed() throws Exception {
        var f = fileOne();
        var run = integrity.sweep();
        assertThat(run.archivesChecked()).isGreaterThanOrEqualTo((int) archives.count() - 1);
        assertThat(run.bytesHashed()).isGreaterThanOrEqualTo(Files.size(f.file()));
        assertThat(archive(f.archiveId()).getIntegrityRunId()).isEqualTo(run.id());
        fx.get("archivist", "/api/v1/archives/integrity-runs/" + run.id()).andExpect(status().isOk())
                .andExpect(jsonPath("$.run.id").value(run.id()));
        fx.get("manager", "/api/v1/archives/integrity-runs").andExpect(status().isForbidden());
    }

    @Test
    void aSweepKeepsEachArchivesFindingsApartAndNeverConflictsWithAnEdit() throws Exception {
        var clean = fileOne();
        var changed = fileOne();
        var bytes = Files.readAllBytes(changed.file());
        bytes[bytes.length - 3] ^= 0x01;
        Files.write(changed.file(), bytes);
        var loadedBefore = archive(clean.archiveId()); // an editor has the archive open while the sweep runs

        var run = integrity.sweep();

        var after = archive(clean.archiveId());
        assertThat(after.getIntegrityStatus()).isEqualTo(Archive.Integrity.OK);
        assertThat(after.getIntegrityRunId()).isEqualTo(run.id());
        assertThat(after.getVersion()).as("a check is not an edit").isEqualTo(loadedBefore.getVersion());
        assertThat(problems.ofArchiveInRun(clean.archiveId(), run.id())).isEmpty();
        assertThat(archive(changed.archiveId()).getIntegrityStatus()).isEqualTo(Archive.Integrity.PROBLEMS);
        assertThat(problems.ofArchiveInRun(changed.archiveId(), run.id())).extracting(p -> p.getCode())
                .containsExactlyInAnyOrder("hashMismatch", "changedOutsideSystem");

        // the editor saves: no conflict, and the sweep's result stays
        loadedBefore.hide(true);
        tx.executeWithoutResult(s -> archives.save(loadedBefore));
        var edited = archive(clean.archiveId());
        assertThat(edited.isHidden()).isTrue();
        assertThat(edited.getIntegrityStatus()).isEqualTo(Archive.Integrity.OK);
        assertThat(edited.getIntegrityRunId()).isEqualTo(run.id());
    }
}
