package kehu.customer;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;

import kehu.audit.AuditFilter;
import kehu.audit.AuditLog;
import kehu.customer.internal.Customers;
import kehu.support.KehuTest;

import org.awaitility.Awaitility;
import org.dhatim.fastexcel.Workbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** CUS-8 import: encodings, xlsx, per-cell report, all-or-nothing, duplicates, pages. */
@KehuTest
class CustomerImportTests {

    static final String HEADER = "客户名称,客户类型,证件号码,手机号码,所在地区,入住日期";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Customers customers;
    @Autowired CustomerDuplicates duplicates;
    @Autowired AuditLog audit;
    @Autowired CustomerSearch search;
    @Autowired kehu.organization.DataScopes scopes;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("customerIndexingExecutor")
    org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor indexingExecutor;

    @AfterEach
    void warnAgain() {
        duplicates.useMode(DuplicateMode.WARN);
    }

    static String row(String name, String id, String mobile, String region, String moveIn) {
        return String.join(",", name, "个人", id, mobile, region, moveIn);
    }

    String upload(byte[] bytes, String fileName, String policy, boolean dryRun, int expectedStatus) throws Exception {
        return mvc.perform(multipart("/api/v1/customers/imports")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                        .param("policy", policy).param("dryRun", String.valueOf(dryRun))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    /** Uploads and waits until the run stops; returns the run as JSON. */
    String importFile(byte[] bytes, String fileName, String policy, boolean dryRun) throws Exception {
        var created = upload(bytes, fileName, policy, dryRun, 202);
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        return awaitRun(id);
    }

    String awaitRun(long id) {
        var json = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            json[0] = mvc.perform(get("/api/v1/customers/imports/" + id).with(as(users, "admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String s = JsonPath.read(json[0], "$.run.status");
            return !s.equals("VALIDATING") && !s.equals("IMPORTING");
        });
        return json[0];
    }

    static byte[] utf8WithBom(String text) {
        var bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var body = text.getBytes(StandardCharsets.UTF_8);
        var all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    boolean exists(String name) {
        return customers.findAll().stream().anyMatch(c -> c.getName().equals(name));
    }

    @Test
    void importsCsvInUtf8WithAndWithoutByteOrderMarkAndInGbk() throws Exception {
        long indexedBefore = indexingExecutor.getThreadPoolExecutor().getCompletedTaskCount();
        for (var encoding : List.of("bom", "utf8", "gbk")) {
            var a = TransferFixtures.name("导入甲");
            var b = TransferFixtures.name("导入乙");
            var text = HEADER + "\r\n" + row(a, TransferFixtures.idCard(), TransferFixtures.mobile(), "110105", "2026-03-01")
                    + "\r\n" + row(b, TransferFixtures.idCard(), TransferFixtures.mobile(), "北京市 市辖区 朝阳区", "") + "\r\n";
            var bytes = switch (encoding) {
                case "bom" -> utf8WithBom(text);
                case "utf8" -> text.getBytes(StandardCharsets.UTF_8);
                default -> text.getBytes(Charset.forName("GBK"));
            };
            var run = importFile(bytes, "客户-" + encoding + ".csv", "VALID_ROWS", false);
            assertThat((String) JsonPath.read(run, "$.run.status")).as(encoding).isEqualTo("IMPORTED");
            assertThat((Integer) JsonPath.read(run, "$.run.rowsImported")).as(encoding).isEqualTo(2);
            assertThat((String) JsonPath.read(run, "$.run.charset")).isEqualTo(encoding.equals("gbk") ? "GB18030" : "UTF-8");
            var imported = customers.findAll().stream().filter(c -> c.getName().equals(a) || c.getName().equals(b)).toList();
            assertThat(imported).hasSize(2).allSatisfy(c -> {
                assertThat(c.getRegionCode()).isEqualTo("110105");
                assertThat(c.getKind()).isEqualTo(CustomerKind.INDIVIDUAL);
                assertThat(c.inPool()).isTrue();
            });
        }
        // imported customers reach the search index (CustomersImported, after the commit)
        var admin = ((kehu.organization.KehuUser) users.loadUserByUsername("admin")).staffId();
        var scope = scopes.of(admin, kehu.organization.Permissions.CUSTOMER_VIEW);
        var last = customers.findAll().stream().filter(c -> c.getName().startsWith("导入乙"))
                .max(java.util.Comparator.comparing(c -> c.getId())).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                search.search(CustomerQuery.text(last.getName()), scope, PageRequest.of(0, 5)).getContent())
                .extracting(CustomerRow::id).contains(last.getId()));
        // on the indexing executor of its own, not queued behind the archive openings in the shared one (a task
        // counts as completed only after it returned, a moment after its last customer became searchable)
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                indexingExecutor.getThreadPoolExecutor().getCompletedTaskCount()).isGreaterThanOrEqualTo(indexedBefore + 3));
    }

    @Test
    void refusesUtf16AndBinaryFilesWithAClearMessage() throws Exception {
        var text = HEADER + "\r\n" + row("某人", TransferFixtures.idCard(), TransferFixtures.mobile(), "110105", "") + "\r\n";
        var utf16 = upload(text.getBytes(StandardCharsets.UTF_16LE), "u16.csv", "VALID_ROWS", false, 409);
        assertThat((String) JsonPath.read(utf16, "$.detail")).contains("UTF-16");
        var random = new byte[2048];
        new Random(7).nextBytes(random);
        var binary = upload(random, "random.csv", "VALID_ROWS", false, 409);
        assertThat((String) JsonPath.read(binary, "$.detail")).contains("不是文本文件");
    }

    byte[] xlsx(List<List<String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        var wb = new Workbook(out, "Kehu", "1.0");
        var ws = wb.newWorksheet("客户");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void importsAnXlsxWorkbookAndRefusesTruncatedOrFakeOnes() throws Exception {
        var name = TransferFixtures.name("表格导入");
        var bytes = xlsx(List.of(List.of("客户名称", "证件号码", "手机号码", "所在地区"),
                List.of(name, TransferFixtures.idCard(), TransferFixtures.mobile(), "110105")));
        var run = importFile(bytes, "客户.xlsx", "ALL_OR_NOTHING", false);
        assertThat((String) JsonPath.read(run, "$.run.status")).isEqualTo("IMPORTED");
        assertThat(exists(name)).isTrue();
        var runId = String.valueOf((Object) JsonPath.read(run, "$.run.id"));
        var sha256 = (String) JsonPath.read(run, "$.run.sha256");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audit.search(
                new AuditFilter(null, null, "admin", "customer.import", "customer-import", runId, null), PageRequest.of(0, 5))
                .getContent()).anySatisfy(e -> assertThat(e.after()).contains("客户.xlsx").contains(sha256).contains("imported=1")));

        var truncated = upload(Arrays.copyOf(bytes, bytes.length / 2), "cut.xlsx", "VALID_ROWS", false, 409);
        assertThat((String) JsonPath.read(truncated, "$.detail")).contains("损坏");
        var text = upload("客户名称\n张三\n".getBytes(StandardCharsets.UTF_8), "text.xlsx", "VALID_ROWS", false, 409);
        assertThat((String) JsonPath.read(text, "$.detail")).contains("不是 Excel 工作簿");
    }

    @Test
    void badRowsAreReportedPerCellAndNothingIsWrittenUnderAllOrNothing() throws Exception {
        var good = TransferFixtures.name("好行");
        var huge = "长".repeat(10 * 1024 * 1024);
        var text = HEADER + "\n"
                + row(good, TransferFixtures.idCard(), TransferFixtures.mobile(), "110105", "2026-01-02") + "\n"
                + row(TransferFixtures.name("坏证件"), TransferFixtures.wrongCheckDigit(TransferFixtures.idCard()), TransferFixtures.mobile(), "110105", "") + "\n"
                + row(TransferFixtures.name("坏手机"), TransferFixtures.idCard(), "1391234567", "110105", "") + "\n"
                + row(TransferFixtures.name("坏地区"), TransferFixtures.idCard(), TransferFixtures.mobile(), "999999", "") + "\n"
                + row(TransferFixtures.name("坏日期"), TransferFixtures.idCard(), TransferFixtures.mobile(), "110105", "不是日期") + "\n"
                + row(TransferFixtures.name("大单元格"), TransferFixtures.idCard(), TransferFixtures.mobile(), "110105", huge) + "\n";
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        long before = customers.count();

        var refused = importFile(bytes, "bad.csv", "ALL_OR_NOTHING", false);
        assertThat((String) JsonPath.read(refused, "$.run.status")).isEqualTo("REFUSED");
        assertThat((Integer) JsonPath.read(refused, "$.run.rowsRejected")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(refused, "$.run.rowsImported")).isZero();
        assertThat(customers.count()).isEqualTo(before);
        assertThat(exists(good)).isFalse();
        List<Map<String, Object>> problems = JsonPath.read(refused, "$.problems");
        assertThat(problems).extracting(p -> p.get("row") + ":" + p.get("column") + ":" + p.get("messageKey")).contains(
                "3:证件号码:customer.idNumber.checkDigit", "4:手机号码:customer.mobile.invalid",
                "5:所在地区:customer.region.unknown", "6:入住日期:customer.fieldValue.date",
                "7:入住日期:customer.import.cell.tooLong");
        assertThat(problems).allSatisfy(p -> assertThat((String) p.get("message")).isNotBlank());
        var bigCell = problems.stream().filter(p -> p.get("row").equals(7)).findFirst().orElseThrow();
        assertThat(((String) bigCell.get("value")).length()).isLessThanOrEqualTo(200);

        var partial = importFile(bytes, "bad.csv", "VALID_ROWS", false);
        assertThat((String) JsonPath.read(partial, "$.run.status")).isEqualTo("IMPORTED");
        assertThat((Integer) JsonPath.read(partial, "$.run.rowsImported")).isEqualTo(1);
        assertThat(customers.count()).isEqualTo(before + 1);
        assertThat(exists(good)).isTrue();

        long runId = ((Number) JsonPath.read(partial, "$.run.id")).longValue();
        var csv = mvc.perform(get("/api/v1/customers/imports/" + runId + "/report.csv").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("行号").contains("证件号码").contains("校验");
    }

    @Test
    void duplicatesAgainstTheDatabaseAndWithinTheFileAreReportedAndBlockedInBlockMode() throws Exception {
        var existing = customers.findAll().stream().filter(c -> c.getMobile() != null && !c.isMerged()).findFirst().orElseThrow();
        var twice = TransferFixtures.idCard();
        var text = HEADER + "\n"
                + row(TransferFixtures.name("重复库"), TransferFixtures.idCard(), existing.getMobile(), "110105", "") + "\n"
                + row(TransferFixtures.name("文件一"), twice, TransferFixtures.mobile(), "110105", "") + "\n"
                + row(TransferFixtures.name("文件二"), twice, TransferFixtures.mobile(), "110105", "") + "\n";
        var bytes = text.getBytes(StandardCharsets.UTF_8);

        var warned = importFile(bytes, "dup.csv", "VALID_ROWS", true);
        assertThat((String) JsonPath.read(warned, "$.run.status")).isEqualTo("VALIDATED");
        assertThat((Integer) JsonPath.read(warned, "$.run.rowsAccepted")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(warned, "$.run.rowsWarned")).isEqualTo(2);
        List<Map<String, Object>> problems = JsonPath.read(warned, "$.problems");
        assertThat(problems).extracting(p -> p.get("row") + ":" + p.get("column") + ":" + p.get("severity") + ":" + p.get("message"))
                .containsExactly("2:手机号码:WARNING:与已有客户（编号 " + existing.getId() + "）可能重复",
                        "4:证件号码:WARNING:与文件第 3 行可能重复");

        duplicates.useMode(DuplicateMode.BLOCK);
        var blocked = importFile(bytes, "dup.csv", "VALID_ROWS", true);
        assertThat((Integer) JsonPath.read(blocked, "$.run.rowsAccepted")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(blocked, "$.run.rowsRejected")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(blocked, "$.problems[*].severity")).containsOnly("ERROR");
    }

    @Test
    void theWizardPagesRenderAndTheDryRunIsConfirmedOnThePage() throws Exception {
        var upload = Jsoup.parse(mvc.perform(get("/customers/import").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(upload.select("#import-upload input[type=file]")).hasSize(1);
        assertThat(upload.select("#import-template-xlsx").attr("href")).isEqualTo("/customers/import/template.xlsx");

        var name = TransferFixtures.name("页面导入");
        var text = "姓名,身份证号,手机,备注\n" + name + "," + TransferFixtures.idCard() + "," + TransferFixtures.mobile() + ",x\n";
        var location = mvc.perform(multipart("/customers/import")
                        .file(new MockMultipartFile("file", "页面.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/customers/import/\\d+/mapping");
        long id = Long.parseLong(location.replaceAll("\\D", ""));
        var mapping = Jsoup.parse(mvc.perform(get(location).with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(mapping.select("#mapping-table select[name=mapping]")).hasSize(4);
        assertThat(mapping.select("#mapping-table select[name=mapping] option[selected]")).extracting(e -> e.val())
                .containsExactly("name", "idNumber", "mobile");

        mvc.perform(post(location).param("mapping", "name", "idNumber", "mobile", "").param("policy", "VALID_ROWS")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isFound());
        var validated = awaitRun(id);
        assertThat((String) JsonPath.read(validated, "$.run.status")).isEqualTo("VALIDATED");
        assertThat(exists(name)).isFalse();
        var runPage = Jsoup.parse(mvc.perform(get("/customers/import/" + id).with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(runPage.select("#import-confirm button")).hasSize(1);
        assertThat(runPage.select("#count-accepted").text()).isEqualTo("1");

        mvc.perform(post("/customers/import/" + id + "/confirm").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isFound());
        var imported = awaitRun(id);
        assertThat((String) JsonPath.read(imported, "$.run.status")).isEqualTo("IMPORTED");
        assertThat(exists(name)).isTrue();
        var progress = mvc.perform(get("/customers/import/" + id + "/progress").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(progress.getHeader("HX-Refresh")).isEqualTo("true");
        var history = Jsoup.parse(mvc.perform(get("/customers/import/history").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history.select("#import-history-table tr[data-id=" + id + "]")).hasSize(1);
    }

    @Test
    void theTemplatesHaveTheChineseHeaderRowWithTheIndustryFields() throws Exception {
        var csv = mvc.perform(get("/customers/import/template.csv").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var header = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(header).startsWith("客户类型,客户名称,证件号码").contains("电压等级").contains("入住日期");
        var xlsx = mvc.perform(get("/customers/import/template.xlsx").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(xlsx, 2)).containsExactly('P', 'K');
    }
}
