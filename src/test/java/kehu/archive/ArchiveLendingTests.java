package kehu.archive;

import static kehu.archive.ArchiveFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kehu.archive.internal.Archives;
import kehu.archive.internal.Loans;
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

/** ARC-7: lending through the approvals engine, electronic viewing until due, one physical borrower at a time. */
@KehuTest
@org.springframework.test.context.event.RecordApplicationEvents
class ArchiveLendingTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired Loans loans;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired ArchiveLending lending;
    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Filed(long archiveId, String archiveNo, long documentId) {
    }

    Filed fileFor(String owner, String carrier, String level) throws Exception {
        var archive = fx.archiveOf(fx.customer(owner, "bank"));
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archive.getId()).get(0).getId();
        var file = carrier.equals("PAPER") ? null : pdf("借款合同.pdf");
        var documentId = ArchiveFixtures.id(fx.file("archivist", archive.getId(), file, "volumeId", "" + volumeId,
                "title", "借款合同", "categoryCode", "XD.01", "carrier", carrier, "pages", "6", "date", "2026-05-20",
                "responsible", "赵信贷", "confidentiality", level).andExpect(status().isCreated()));
        return new Filed(archive.getId(), archive.getArchiveNo(), documentId);
    }

    Map<String, Object> loan(long documentId, String mode, String due) {
        return Map.of("documentIds", List.of(documentId), "purpose", "贷后检查核对合同条款", "mode", mode,
                "copying", "EXTRACT", "dueOn", due);
    }

    /** Approves the loan's task in the approver's inbox. */
    void approve(String approver, String archiveNo) throws Exception {
        var inbox = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                fx.get(approver, "/api/v1/approvals/inbox").andReturn().getResponse().getContentAsString(),
                s -> !JsonPath.<List<Object>>read(s, "$[?(@.title =~ /" + archiveNo + ".*/)]").isEmpty());
        var taskId = JsonPath.<List<Integer>>read(inbox, "$[?(@.title =~ /" + archiveNo + ".*/)].taskId").get(0);
        fx.send(approver, "POST", "/api/v1/approvals/tasks/" + taskId + "/approve", Map.of("comment", "同意"))
                .andExpect(status().isOk());
    }

    String statusOf(long loanId) {
        return loans.findById(loanId).orElseThrow().getStatus().name();
    }

    @Test
    void aSecretDocumentIsLentForViewingThroughTwoApprovalStepsUntilItsDueDate() throws Exception {
        var f = fileFor("manager", "ELECTRONIC", "SECRET");
        fx.get("manager", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isForbidden());
        var loanId = ArchiveFixtures.id(fx.send("manager", "POST", "/api/v1/archives/" + f.archiveId() + "/loans",
                loan(f.documentId(), "ELECTRONIC", "2026-06-10")).andExpect(status().isCreated()));
        fx.get("manager", "/api/v1/archives/loans/" + loanId).andExpect(jsonPath("$.level").value("SECRET"))
                .andExpect(jsonPath("$.status").value("REQUESTED"));

        approve("head", f.archiveNo());
        Thread.sleep(200);
        assertThat(statusOf(loanId)).as("one of two steps is not enough").isEqualTo("REQUESTED");
        fx.get("manager", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isForbidden());
        approve("gm", f.archiveNo());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(loanId).equals("APPROVED"));

        fx.get("manager", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isOk());
        fx.get("manager2", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isNotFound());
        // the loan expires with its due date
        clock.set(Instant.parse("2026-06-11T02:00:00Z"));
        fx.get("manager", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isForbidden());
        clock.set(Instant.parse("2026-06-05T02:00:00Z"));
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + loanId + "/return", Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        fx.get("manager", "/api/v1/archives/documents/" + f.documentId() + "/content").andExpect(status().isForbidden());
    }

    @Test
    void aPhysicalItemGoesToOneBorrowerAtATimeAndComesBackWithItsCondition() throws Exception {
        // the owner manager asks (an archivist never approves their own request when another archivist can)
        var f = fileFor("manager", "PAPER", "INTERNAL");
        var first = ArchiveFixtures.id(fx.send("manager", "POST", "/api/v1/archives/" + f.archiveId() + "/loans",
                loan(f.documentId(), "PHYSICAL", "2026-06-15")).andExpect(status().isCreated()));
        fx.send("archivist", "POST", "/api/v1/archives/" + f.archiveId() + "/loans", loan(f.documentId(), "PHYSICAL", "2026-06-15"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("同一实物一次只能借给一人")));
        // not before approval
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + first + "/hand-out", Map.of("signedName", "陈档案"))
                .andExpect(status().isConflict());
        approve("archivist", f.archiveNo());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(first).equals("APPROVED"));
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + first + "/hand-out", Map.of("signedName", "陈档案"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OUT"))
                .andExpect(jsonPath("$.signedName").value("陈档案"));
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + first + "/return", Map.of()).andExpect(status().isBadRequest());
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + first + "/return",
                Map.of("condition", "DAMAGED", "note", "第 3 页折角")).andExpect(status().isOk())
                .andExpect(jsonPath("$.returnCondition").value("DAMAGED"));
        // free again
        fx.send("archivist", "POST", "/api/v1/archives/" + f.archiveId() + "/loans", loan(f.documentId(), "PHYSICAL", "2026-06-20"))
                .andExpect(status().isCreated());
        fx.get("archivist", "/api/v1/archives/loans?q=" + f.archiveNo()).andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[1].returnNote").value("第 3 页折角"));
    }

    @Test
    void theSamePhysicalItemRequestedTwiceAtOnceGoesToOneOfThem() throws Exception {
        var f = fileFor(null, "PAPER", "PUBLIC");
        var statuses = Collections.synchronizedList(new ArrayList<Integer>());
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                start.await();
                statuses.add(fx.send("archivist", "POST", "/api/v1/archives/" + f.archiveId() + "/loans",
                        loan(f.documentId(), "PHYSICAL", "2026-06-15")).andReturn().getResponse().getStatus());
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(statuses).containsExactlyInAnyOrder(201, statuses.contains(409) ? 409 : 400);
        assertThat(loans.findAll().stream().filter(l -> l.getArchiveId() == f.archiveId())).hasSize(1);
    }

    @Test
    void aRequestNeedsAPurposeADueDateAndDocumentsOfTheArchive() throws Exception {
        var f = fileFor("manager", "ELECTRONIC", "INTERNAL");
        var other = fileFor("manager", "ELECTRONIC", "INTERNAL");
        fx.send("manager", "POST", "/api/v1/archives/" + f.archiveId() + "/loans",
                        Map.of("documentIds", List.of(other.documentId()), "mode", "ELECTRONIC", "dueOn", "2027-06-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("documentIds", "purpose", "dueOn")));
        fx.send("manager", "POST", "/api/v1/archives/" + f.archiveId() + "/loans", loan(f.documentId(), "PHYSICAL", "2026-06-10"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(
                        org.hamcrest.Matchers.containsString("不能实物借阅")));
        fx.get("manager", "/api/v1/archives/loans").andExpect(status().isForbidden());
    }

    @Test
    void borrowersAreRemindedBeforeTheDueDateAndLoansNotReturnedAreEscalatedOnce() throws Exception {
        var f = fileFor("manager", "PAPER", "INTERNAL");
        var loanId = ArchiveFixtures.id(fx.send("manager", "POST", "/api/v1/archives/" + f.archiveId() + "/loans",
                loan(f.documentId(), "PHYSICAL", "2026-06-05")).andExpect(status().isCreated()));
        approve("archivist", f.archiveNo());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(loanId).equals("APPROVED"));
        fx.send("archivist", "POST", "/api/v1/archives/loans/" + loanId + "/hand-out", Map.of("signedName", "陈档案"))
                .andExpect(status().isOk());

        clock.set(Instant.parse("2026-06-02T01:00:00Z"));
        lending.processDue(2);
        assertThat(events.stream(LoanDueSoon.class).filter(e -> e.loanId() == loanId)).isEmpty();
        clock.set(Instant.parse("2026-06-03T01:00:00Z"));
        lending.processDue(2);
        lending.processDue(2);
        assertThat(events.stream(LoanDueSoon.class).filter(e -> e.loanId() == loanId)).hasSize(1);
        assertThat(events.stream(LoanOverdue.class).filter(e -> e.loanId() == loanId)).isEmpty();
        clock.set(Instant.parse("2026-06-05T15:00:00Z")); // 23:00 in Shanghai: still the due day
        lending.processDue(2);
        assertThat(events.stream(LoanOverdue.class).filter(e -> e.loanId() == loanId)).isEmpty();
        clock.set(Instant.parse("2026-06-06T01:00:00Z"));
        lending.processDue(2);
        lending.processDue(2);
        assertThat(events.stream(LoanOverdue.class).filter(e -> e.loanId() == loanId)).hasSize(1)
                .allSatisfy(e -> assertThat(e.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 6, 5)));
        assertThat(statusOf(loanId)).as("a physical loan stays out until it is brought back").isEqualTo("OUT");
    }

    static byte[] png(int width, int height) throws Exception {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aLentPhotoIsServedWithAWatermarkAndTheArchiveKeepsTheOriginal() throws Exception {
        var archive = fx.archiveOf(fx.customer("manager", "bank"));
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archive.getId()).get(0).getId();
        var original = png(320, 200);
        var documentId = ArchiveFixtures.id(fx.file("archivist", archive.getId(),
                ArchiveFixtures.bytes("抵押物照片.png", "image/png", original), "volumeId", "" + volumeId,
                "title", "抵押物照片", "categoryCode", "XD.04", "carrier", "PHOTO", "pages", "1", "date", "2026-05-20",
                "responsible", "赵信贷", "confidentiality", "SECRET").andExpect(status().isCreated()));
        var loanId = ArchiveFixtures.id(fx.send("manager", "POST", "/api/v1/archives/" + archive.getId() + "/loans",
                loan(documentId, "ELECTRONIC", "2026-06-10")).andExpect(status().isCreated()));
        approve("head", archive.getArchiveNo());
        approve("gm", archive.getArchiveNo());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(loanId).equals("APPROVED"));

        var viewed = fx.get("manager", "/api/v1/archives/documents/" + documentId + "/content").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(viewed).isNotEqualTo(original);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(viewed));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(200);
        boolean marked = false;
        for (int x = 0; x < 320 && !marked; x++) {
            for (int y = 0; y < 200 && !marked; y++) {
                marked = (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
            }
        }
        assertThat(marked).as("some pixels carry the watermark").isTrue();
        // the archive room reads the original, unchanged
        assertThat(fx.get("archivist", "/api/v1/archives/documents/" + documentId + "/content").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(original);
    }

    long lentForViewing(String fileName, byte[] content) throws Exception {
        var archive = fx.archiveOf(fx.customer("manager", "bank"));
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archive.getId()).get(0).getId();
        var documentId = ArchiveFixtures.id(fx.file("archivist", archive.getId(),
                ArchiveFixtures.bytes(fileName, "application/pdf", content), "volumeId", "" + volumeId,
                "title", "借款合同扫描件", "categoryCode", "XD.01", "carrier", "ELECTRONIC", "pages", "2",
                "date", "2026-05-20", "responsible", "赵信贷", "confidentiality", "SECRET").andExpect(status().isCreated()));
        var loanId = ArchiveFixtures.id(fx.send("manager", "POST", "/api/v1/archives/" + archive.getId() + "/loans",
                loan(documentId, "ELECTRONIC", "2026-06-10")).andExpect(status().isCreated()));
        approve("head", archive.getArchiveNo());
        approve("gm", archive.getArchiveNo());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(loanId).equals("APPROVED"));
        return documentId;
    }

    @Test
    void aLentPdfCarriesTheViewerAndTheTimeOnEveryPageAndTheArchiveKeepsTheOriginal() throws Exception {
        byte[] original;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < 2; i++) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(i == 0 ? org.apache.pdfbox.pdmodel.common.PDRectangle.A4
                        : new org.apache.pdfbox.pdmodel.common.PDRectangle(842, 595)));
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            original = out.toByteArray();
        }
        var documentId = lentForViewing("扫描件.pdf", original);
        clock.set(Instant.parse("2026-06-05T02:00:00Z")); // 10:00 in Shanghai

        var response = fx.get("manager", "/api/v1/archives/documents/" + documentId + "/content").andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/pdf");
        var viewed = response.getContentAsByteArray();
        assertThat(viewed).isNotEqualTo(original);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(viewed)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (var page : doc.getPages()) {
                try (var content = page.getContents()) {
                    assertThat(new String(content.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as("every page, portrait and landscape, shows who viewed it and when")
                            .contains("(manager 2026-06-05 10:00) Tj");
                }
            }
        }
        assertThat(fx.get("archivist", "/api/v1/archives/documents/" + documentId + "/content").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).as("read with clearance: as stored").isEqualTo(original);
    }

    @Test
    void aLentPdfThatCannotBeMarkedIsNotServedToTheBorrower() throws Exception {
        var damaged = "%PDF-1.4\n% not really a PDF: no objects, no cross-reference table\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var documentId = lentForViewing("损坏.pdf", damaged);
        var refused = fx.get("manager", "/api/v1/archives/documents/" + documentId + "/content")
                .andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("损坏.pdf");
        assertThat(fx.get("archivist", "/api/v1/archives/documents/" + documentId + "/content").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(damaged);
    }
}
