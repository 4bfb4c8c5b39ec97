package kehu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import kehu.archive.internal.ArchiveNumbers;
import kehu.archive.internal.ArchiveOpening;
import kehu.archive.internal.Archives;
import kehu.archive.internal.Volumes;
import kehu.customer.CustomerCreated;
import kehu.customer.CustomerKind;
import kehu.customer.IdCardNumber;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** ARC-1: one archive per customer, opened on creation and on import, idempotently, numbered without gaps. */
@KehuTest
class ArchiveOpeningTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired ArchiveOpening opening;
    @Autowired ArchiveNumbers numbers;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired kehu.archive.internal.MissingItems missing;
    @Autowired kehu.audit.AuditLog audit;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewPowerCustomerGetsAnArchiveWithItsNumberVolumeAndFilingScope() throws Exception {
        clock.set(Instant.parse("2026-05-06T02:00:00Z"));
        var customerId = fx.customer("manager", "power");
        var archive = fx.archiveOf(customerId);
        assertThat(archive.getArchiveNo()).matches("Z001-DL-2026-X-\\d{5}");
        assertThat(archive.getCategoryCode()).isEqualTo("DL");
        assertThat(archive.getOwnerStaffId()).isEqualTo(fx.staffId("manager"));
        var vols = volumes.findByArchiveIdOrderByVolumeNo(archive.getId());
        assertThat(vols).extracting(v -> v.getBusinessLine()).containsExactly("power");
        // the new-connection filing scope applies from the start: five required documents are missing
        fx.get("archivist", "/api/v1/archives/" + archive.getId() + "/missing").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[0].eventCode").value("new-connection"))
                .andExpect(jsonPath("$[0].title").value("用电申请书"));
        assertThat(archive.getMissingItems()).isEqualTo(5);
    }

    @Test
    void aCarBuyerGetsASalesAndARepairVolume() throws Exception {
        var archive = fx.archiveOf(fx.customer("manager", "automotive"));
        assertThat(archive.getArchiveNo()).contains("-QC-");
        assertThat(volumes.findByArchiveIdOrderByVolumeNo(archive.getId())).extracting(v -> v.getBusinessLine())
                .containsExactly("sales", "repair");
        assertThat(archive.getMissingItems()).as("the vehicle-sale scope; the repair volume waits for a repair").isEqualTo(6);
    }

    @Test
    void aCustomerOfAnyOtherIndustryGetsTheGeneralArchive() throws Exception {
        var archive = fx.archiveOf(fx.customer(null, "telecom"));
        assertThat(archive.getCategoryCode()).isEqualTo("KH");
        assertThat(volumes.findByArchiveIdOrderByVolumeNo(archive.getId())).extracting(v -> v.getBusinessLine())
                .containsExactly("general");
    }

    @Test
    void openingTwiceKeepsOneArchive() throws Exception {
        var customerId = fx.customer("manager", "bank");
        var first = fx.archiveOf(customerId);
        var again = tx.execute(s -> opening.open(customerId));
        assertThat(again.getId()).isEqualTo(first.getId());
        // the event delivered a second time (at-least-once) changes nothing either
        tx.executeWithoutResult(s -> publisher.publishEvent(new CustomerCreated(customerId, CustomerKind.ORGANIZATION, null,
                Instant.now())));
        Thread.sleep(300);
        assertThat(archives.findAll().stream().filter(a -> a.getCustomerId() == customerId)).hasSize(1);
        assertThat(archives.findById(first.getId()).orElseThrow().getArchiveNo()).isEqualTo(first.getArchiveNo());
    }

    @Test
    void numbersOfASeriesAreUniqueAndWithoutGapsEvenWhenOpeningsRollBackConcurrently() throws Exception {
        var series = "GAP" + ArchiveFixtures.next();
        var committed = Collections.synchronizedList(new ArrayList<Long>());
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        for (int i = 0; i < 12; i++) {
            boolean rollBack = i % 3 == 0;
            pool.submit(() -> {
                start.await();
                tx.executeWithoutResult(s -> {
                    var n = numbers.next(series, LocalDate.of(2026, 5, 6), "T");
                    if (rollBack) {
                        s.setRollbackOnly();
                    } else {
                        committed.add(n.seq());
                    }
                });
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).hasSize(8);
        assertThat(committed).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 8).boxed().toList());
        var next = tx.execute(s -> numbers.next(series, LocalDate.of(2026, 5, 6), "T"));
        assertThat(next.value()).isEqualTo("Z001-" + series + "-2026-T-00009");
    }

    @Test
    void everyArchiveOfASeriesHasTheNextNumber() throws Exception {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            ids.add(fx.archiveOf(fx.customer(null, "tobacco")).getId());
        }
        var series = archives.findById(ids.get(0)).orElseThrow().getSeries();
        var seqs = archives.sequencesOf(series);
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
    }

    @Test
    void importedCustomersGetArchivesToo() throws Exception {
        var names = new ArrayList<String>();
        var csv = new StringBuilder("客户名称,客户类型,证件号码,手机号码,所在地区\r\n");
        for (int i = 0; i < 3; i++) {
            long n = ArchiveFixtures.next();
            var name = "导入建档" + n;
            names.add(name);
            var first17 = "110105" + LocalDate.of(1960, 1, 1).plusDays(n * 3).toString().replace("-", "") + "42" + (n % 10);
            csv.append(name).append(",个人,").append(first17).append(IdCardNumber.checkCharacterOf(first17))
                    .append(",136").append(String.format("%08d", 31_000_000 + n)).append(",110105\r\n");
        }
        var created = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/customers/imports")
                        .file(new MockMultipartFile("file", "建档.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("policy", "ALL_OR_NOTHING").param("dryRun", "false")
                        .with(kehu.support.Users.as(users, "admin"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long runId = ((Number) JsonPath.read(created, "$.id")).longValue();
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            var run = fx.get("admin", "/api/v1/customers/imports/" + runId).andReturn().getResponse().getContentAsString();
            return "IMPORTED".equals(JsonPath.read(run, "$.run.status"));
        });
        Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                archives.findAll().stream().filter(a -> names.contains(a.getCustomerName())).count() == 3);
        // the chunk's archives were opened together (ArchiveOpening.openAll): each like a single opening, numbered
        // without gaps in its series, audited one entry per archive
        var opened = archives.findAll().stream().filter(a -> names.contains(a.getCustomerName())).toList();
        for (var archive : opened) {
            assertThat(archive.getCategoryCode()).isEqualTo("KH");
            assertThat(volumes.findByArchiveIdOrderByVolumeNo(archive.getId())).extracting(v -> v.getBusinessLine())
                    .containsExactly("general");
            assertThat(archive.getMissingItems()).isEqualTo(tx.execute(s -> missing.of(archive, java.util.Locale.CHINA).size()));
            var series = archive.getSeries();
            var seqs = archives.sequencesOf(series);
            assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
            Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audit.search(
                    new kehu.audit.AuditFilter(null, null, null, "archive.open", "archive", String.valueOf(archive.getId()), null),
                    org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
                    .singleElement().satisfies(e -> assertThat(e.after()).contains("no=" + archive.getArchiveNo())));
        }
        assertThat(opened.stream().map(a -> a.getArchiveNo()).distinct()).hasSize(3);
        // delivered again: nothing more is opened
        var customerIds = opened.stream().map(a -> a.getCustomerId()).toList();
        Integer again = tx.execute(s -> opening.openAll(customerIds));
        assertThat(again).isZero();
        assertThat(archives.findAll().stream().filter(a -> names.contains(a.getCustomerName()))).hasSize(3);
    }

    @Test
    void theApiFindsTheArchiveOfACustomer() throws Exception {
        var customerId = fx.customer("manager", "power");
        var archive = fx.archiveOf(customerId);
        fx.get("manager", "/api/v1/archives/by-customer/" + customerId).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(archive.getId()));
        fx.get("manager", "/api/v1/archives/" + archive.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.archiveNo").value(archive.getArchiveNo()))
                .andExpect(jsonPath("$.volumes[0].events[0].eventCode").value("new-connection"));
    }
}
