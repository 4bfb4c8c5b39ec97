package kehu.archive;

import static kehu.archive.ArchiveFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import kehu.archive.internal.ArchiveDocuments;
import kehu.archive.internal.Archives;
import kehu.archive.internal.ContentFiles;
import kehu.archive.internal.ContentStore;
import kehu.archive.internal.DocumentVersions;
import kehu.archive.internal.Volumes;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * ARC-2 and ARC-3: filing against the filing scope, the intake check, files with their SHA-256 and type from
 * content, size limits, interrupted uploads, corrections as versions, the table of contents, the timeline.
 */
@KehuTest
@RecordApplicationEvents
class ArchiveFilingTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired ArchiveDocuments documents;
    @Autowired DocumentVersions versions;
    @Autowired ContentStore store;
    @Autowired ArchiveManagement management;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;
    @Autowired MutableClock clock;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** The power archive of a new customer of the manager, and its first missing item as JSON. */
    record PowerArchive(long customerId, long archiveId, long volumeId, String missing) {
        long eventId(int i) {
            return ((Number) JsonPath.read(missing, "$[" + i + "].eventId")).longValue();
        }

        long itemId(int i) {
            return ((Number) JsonPath.read(missing, "$[" + i + "].scopeItemId")).longValue();
        }
    }

    PowerArchive powerArchive() throws Exception {
        var customerId = fx.customer("manager", "power");
        var archive = fx.archiveOf(customerId);
        var missing = fx.get("archivist", "/api/v1/archives/" + archive.getId() + "/missing").andReturn().getResponse()
                .getContentAsString();
        return new PowerArchive(customerId, archive.getId(), volumes.findByArchiveIdOrderByVolumeNo(archive.getId()).get(0).getId(),
                missing);
    }

    String[] fields(PowerArchive p, int item, String... more) {
        var base = new java.util.ArrayList<>(List.of("volumeId", "" + p.volumeId(), "eventId", "" + p.eventId(item),
                "scopeItemId", "" + p.itemId(item), "title", "申请书" + item, "carrier", "ELECTRONIC", "original", "true",
                "signed", "true", "pages", "3", "date", "2026-03-02", "responsible", "王明"));
        for (int i = 0; i + 1 < more.length; i += 2) {
            int at = base.indexOf(more[i]);
            if (at >= 0 && at % 2 == 0) {
                base.set(at + 1, more[i + 1]);
            } else {
                base.add(more[i]);
                base.add(more[i + 1]);
            }
        }
        return base.toArray(String[]::new);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void filingARequiredDocumentShrinksTheMissingListAndKeepsTheFileWithItsHash() throws Exception {
        clock.set(Instant.parse("2026-03-05T02:00:00Z"));
        var p = powerArchive();
        var file = pdf("../../申请书.pdf");
        var documentId = ArchiveFixtures.id(fx.file("archivist", p.archiveId(), file, fields(p, 0)).andExpect(status().isCreated()));

        fx.get("archivist", "/api/v1/archives/" + p.archiveId() + "/missing").andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].title").value("客户身份证明或营业执照"));
        var version = versions.findByDocumentIdOrderByVersionNo(documentId).get(0);
        assertThat(version.getSha256()).isEqualTo(sha256(file.getBytes()));
        assertThat(version.getMediaType()).isEqualTo("application/pdf");
        assertThat(version.getFileName()).as("no path in a stored name").isEqualTo("申请书.pdf");
        assertThat(version.getContentKey()).doesNotContain("申请书");
        assertThat(Files.readAllBytes(ContentFiles.of(store, version.getContentKey()))).isEqualTo(file.getBytes());
        // served back verified, byte for byte
        var served = fx.get("archivist", "/api/v1/archives/documents/" + documentId + "/content").andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", version.getSha256()))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(file.getBytes());
        // audited, and on the customer's timeline
        assertThat(events.stream(AuditableAction.class).filter(a -> a.action().equals("archive.document.file")
                && a.targetId().equals(Long.toString(documentId)))).hasSize(1);
        assertThat(events.stream(AuditableAction.class).filter(a -> a.action().equals("archive.document.read")
                && a.targetId().equals(Long.toString(documentId)))).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                fx.get("admin", "/api/v1/customers/" + p.customerId() + "/timeline").andExpect(status().isOk())
                        .andExpect(jsonPath("$.content[?(@.kind == 'archive-document')].title").value("申请书0")));
    }

    /** Found by the benchmark's document step: concurrent filings into one archive failed with 409 on its version. */
    @Test
    void documentsFiledIntoOneArchiveAtOnceAreAllKeptNumberedWithoutGapsAndCountedOffTheMissingList() throws Exception {
        var p = powerArchive();
        int n = JsonPath.<List<Object>>read(p.missing(), "$").size();
        assertThat(n).as("the power archive's filing scope").isGreaterThanOrEqualTo(4);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        var start = new java.util.concurrent.CountDownLatch(1);
        var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int i = 0; i < n; i++) {
            int item = i;
            answers.add(pool.submit(() -> {
                start.await();
                return fx.file("archivist", p.archiveId(), pdf("件" + item + ".pdf"), fields(p, item)).andReturn().getResponse()
                        .getStatus();
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (var answer : answers) {
            assertThat(answer.get()).as("every filing accepted").isEqualTo(201);
        }
        assertThat(documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(p.archiveId())).extracting(d -> d.getItemNo())
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, n).boxed().toArray(Integer[]::new));
        fx.get("archivist", "/api/v1/archives/" + p.archiveId() + "/missing").andExpect(jsonPath("$.length()").value(0));
        assertThat(archives.findById(p.archiveId()).orElseThrow().getMissingItems()).as("the archive's own count").isZero();
    }

    @Test
    void itemsAreNumberedInTheVolumeAndTheTableOfContentsCountsPages() throws Exception {
        var p = powerArchive();
        fx.file("archivist", p.archiveId(), pdf("a.pdf"), fields(p, 0, "pages", "3")).andExpect(status().isCreated());
        fx.file("archivist", p.archiveId(), pdf("b.pdf"), fields(p, 1, "pages", "2", "original", "false", "signed", "false",
                "title", "营业执照")).andExpect(status().isCreated());
        fx.file("archivist", p.archiveId(), null, fields(p, 2, "carrier", "PAPER", "pages", "5", "title", "供用电合同"))
                .andExpect(status().isCreated());
        fx.get("archivist", "/api/v1/archives/" + p.archiveId() + "/volumes/" + p.volumeId() + "/contents")
                .andExpect(jsonPath("$.lines[*].itemNo").value(org.hamcrest.Matchers.contains(1, 2, 3)))
                .andExpect(jsonPath("$.lines[1].firstPage").value(4))
                .andExpect(jsonPath("$.lines[1].lastPage").value(5))
                .andExpect(jsonPath("$.lines[1].remark").value("copy"))
                .andExpect(jsonPath("$.totalPages").value(10));
        var page = fx.get("archivist", "/archives/" + p.archiveId() + "/volumes/" + p.volumeId() + "/contents")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("卷内目录").contains("营业执照").contains("4–5").contains("复印件");
    }

    @Test
    void intakeRefusesAFormThatTheFilingScopeDoesNotAcceptAndFilesNothing() throws Exception {
        var p = powerArchive();
        // the application must be an original signed by the customer
        fx.file("archivist", p.archiveId(), pdf("copy.pdf"), fields(p, 0, "original", "false", "signed", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'original')].message").value("“用电申请书”须为原件，不予接收"))
                .andExpect(jsonPath("$.errors[?(@.field == 'signed')]").exists());
        // missing metadata is named field by field
        fx.file("archivist", p.archiveId(), pdf("x.pdf"), "volumeId", "" + p.volumeId(), "carrier", "ELECTRONIC")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "categoryCode", "pages",
                        "date", "responsible")));
        // a future date, an electronic document without its file
        fx.file("archivist", p.archiveId(), null, fields(p, 0, "date", "2099-01-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("date", "file")));
        assertThat(documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(p.archiveId())).isEmpty();
        assertThat(volumes.findById(p.volumeId()).orElseThrow().getLastItemNo()).isZero();
        assertThat(archives.findById(p.archiveId()).orElseThrow().getMissingItems()).isEqualTo(5);
    }

    @Test
    void aRenamedExecutableOrAnUnknownFormatIsRefusedFromItsContent() throws Exception {
        var p = powerArchive();
        var before = storedFiles();
        var exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        fx.file("archivist", p.archiveId(), ArchiveFixtures.bytes("扫描件.pdf", "application/pdf", exe), fields(p, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("文件是可执行程序，不予接收（按内容识别，与文件名无关）"));
        var elf = new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        fx.file("archivist", p.archiveId(), ArchiveFixtures.bytes("photo.jpg", "image/jpeg", elf), fields(p, 0))
                .andExpect(status().isBadRequest());
        fx.file("archivist", p.archiveId(), ArchiveFixtures.bytes("note.pdf", "application/pdf",
                "just text".getBytes(StandardCharsets.UTF_8)), fields(p, 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("文件格式不允许")));
        // a photo carrier takes images only, not a PDF
        fx.file("archivist", p.archiveId(), pdf("photo.pdf"), fields(p, 0, "carrier", "PHOTO")).andExpect(status().isBadRequest());
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(p.archiveId())).isEmpty();
    }

    @Test
    void aTooLargeUploadIsRefusedBeforeItIsReadAndAnOversizedStreamIsCutOff() throws Exception {
        var p = powerArchive();
        var form = new DocumentForm(p.volumeId(), p.eventId(0), p.itemId(0), "申请书", null, Carrier.ELECTRONIC, true, true, 1,
                java.time.LocalDate.of(2026, 1, 5), "王明", null);
        signIn("archivist");
        var opened = new boolean[1];
        var declared2g = new Upload("big.pdf", 2L * 1024 * 1024 * 1024, () -> {
            opened[0] = true;
            throw new IOException("must not be read");
        });
        assertThatThrownBy(() -> management.file(p.archiveId(), form, declared2g))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("archive.file.tooLarge"));
        assertThat(opened[0]).as("the body was never opened").isFalse();
        // no declared size: counted while staged, refused at the limit, nothing kept
        var before = storedFiles();
        long max = management.maxFileSize();
        var endless = new Upload("endless.pdf", -1, () -> new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < 5 ? "%PDF-".charAt((int) served - 1) : 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served > max + 10_000_000L) {
                    throw new AssertionError("read far beyond the limit");
                }
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        });
        assertThatThrownBy(() -> management.file(p.archiveId(), form, endless))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("archive.file.tooLarge"));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(p.archiveId())).isEmpty();
    }

    @Test
    void anUploadInterruptedHalfWayRecordsNothing() throws Exception {
        var p = powerArchive();
        signIn("archivist");
        var before = storedFiles();
        var form = new DocumentForm(p.volumeId(), p.eventId(0), p.itemId(0), "申请书", null, Carrier.ELECTRONIC, true, true, 1,
                java.time.LocalDate.of(2026, 1, 5), "王明", null);
        var broken = new Upload("half.pdf", 4_000_000, () -> new InputStream() {
            int served;

            @Override
            public int read() throws IOException {
                if (served == 1_000_000) {
                    throw new IOException("connection reset by peer");
                }
                return served++ < 5 ? "%PDF-".charAt(served - 1) : 'y';
            }
        });
        assertThatThrownBy(() -> management.file(p.archiveId(), form, broken))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("archive.file.uploadFailed"));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(p.archiveId())).isEmpty();
        assertThat(volumes.findById(p.volumeId()).orElseThrow().getLastItemNo()).isZero();
    }

    @Test
    void aCorrectionAppendsAVersionAndKeepsTheOldOne() throws Exception {
        var p = powerArchive();
        var first = pdf("合同.pdf");
        var documentId = ArchiveFixtures.id(fx.file("archivist", p.archiveId(), first, fields(p, 2, "title", "供用电合同", "pages", "4"))
                .andExpect(status().isCreated()));
        var second = pdf("合同-更正.pdf");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/archives/documents/" + documentId + "/versions").file(second)
                        .param("pages", "5").param("note", "补签骑缝章后重扫")
                        .with(kehu.support.Users.as(users, "archivist"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versionNo").value(2));
        // a correction needs a reason
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/archives/documents/" + documentId + "/versions").param("pages", "6")
                        .with(kehu.support.Users.as(users, "archivist"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));

        var all = versions.findByDocumentIdOrderByVersionNo(documentId);
        assertThat(all).extracting(v -> v.getVersionNo()).containsExactly(1, 2);
        assertThat(all.get(0).getSha256()).isEqualTo(sha256(first.getBytes()));
        assertThat(all.get(1).getSha256()).isEqualTo(sha256(second.getBytes()));
        assertThat(all.get(0).getContentKey()).isNotEqualTo(all.get(1).getContentKey());
        assertThat(documents.findById(documentId).orElseThrow().getPages()).isEqualTo(5);
        assertThat(fx.get("archivist", "/api/v1/archives/documents/" + documentId + "/content?version=1")
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(first.getBytes());
        assertThat(fx.get("archivist", "/api/v1/archives/documents/" + documentId + "/content")
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(second.getBytes());
    }

    @Test
    void aBusinessEventBringsItsFilingScopeIntoTheArchive() throws Exception {
        var p = powerArchive();
        fx.send("archivist", "POST", "/api/v1/archives/" + p.archiveId() + "/events",
                Map.of("volumeId", p.volumeId(), "eventCode", "capacity-increase", "occurredOn", "2026-02-01"))
                .andExpect(status().isCreated());
        fx.get("archivist", "/api/v1/archives/" + p.archiveId() + "/missing").andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[?(@.eventCode == 'capacity-increase')].title")
                        .value(org.hamcrest.Matchers.hasItems("增容申请书", "变更后供用电合同", "增容工程验收报告")));
        // a car's event does not belong in a power volume
        fx.send("archivist", "POST", "/api/v1/archives/" + p.archiveId() + "/events",
                Map.of("volumeId", p.volumeId(), "eventCode", "vehicle-repair")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventCode"));
    }

    @Test
    void managersMayReadButNotFile() throws Exception {
        var p = powerArchive();
        fx.file("manager", p.archiveId(), pdf("a.pdf"), fields(p, 0)).andExpect(status().isForbidden());
        fx.get("manager", "/api/v1/archives/" + p.archiveId()).andExpect(status().isOk());
    }

    @Test
    void theArchivePageShowsVolumesDocumentsAndWhatIsMissing() throws Exception {
        var p = powerArchive();
        fx.file("archivist", p.archiveId(), pdf("a.pdf"), fields(p, 0, "title", "用电申请书（张三）")).andExpect(status().isCreated());
        var html = fx.get("archivist", "/archives/" + p.archiveId() + "?item=" + p.itemId(1)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("#archive-missing .missing-item")).hasSize(4);
        assertThat(doc.select(".archive-documents tbody tr").text()).contains("用电申请书（张三）");
        assertThat(doc.select("#file-chosen").text()).contains("客户身份证明或营业执照");
        var list = fx.get("archivist", "/archives?incomplete=true&q=" + java.net.URLEncoder.encode(
                archives.findById(p.archiveId()).orElseThrow().getArchiveNo(), StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(list).select("#archive-rows tbody tr")).hasSize(1);
    }

    List<java.nio.file.Path> storedFiles() throws IOException {
        try (var files = Files.walk(ContentFiles.root(store))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
