package kehu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import kehu.archive.internal.Archives;
import kehu.customer.CreditCode;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScope;
import kehu.organization.DataScopeKind;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.SystemActor;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An archivist files documents for a new customer in a real browser and sees the missing-items list shrink
 * (ARC-1 … ARC-3); the table of contents prints; a 2 GB upload is refused from its Content-Length at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kehu.security.admin-must-change-password=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveJourneyTests {

    static final String DEMO_PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    @Autowired CustomerManagement customers;
    @Autowired StaffMembers staff;
    @Autowired Archives archives;

    Browser browser;

    @BeforeAll
    void setUp() {
        browser = new Browser("http://localhost:" + port, 1400, 1000);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    long powerCustomer(String name) {
        return powerCustomer(name, Map.of());
    }

    long powerCustomer(String name, Map<String, String> fields) {
        var first17 = "91110105MA" + String.format("%07d", 8_800_000 + (System.nanoTime() % 100_000));
        var owner = staff.findByUsername("manager").orElseThrow().getId();
        var form = new CustomerForm(CustomerKind.ORGANIZATION, name, first17 + CreditCode.checkCharacterOf(first17), "",
                "010-88886666", "110105", "朝阳路 8 号", "power", "", CustomerStatus.ACTIVE, Set.of(), "", owner, null, null,
                null, "", false, fields, "", null);
        return SystemActor.call(() -> customers.create(form, new DataScope(DataScopeKind.ALL, 0, Set.of(), Set.of()), true));
    }

    @Test
    void anArchivistFilesDocumentsAndTheMissingListShrinks() throws Exception {
        var customerId = powerCustomer("城东五金制品厂");
        var archive = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> archives.findByCustomerId(customerId).orElse(null), a -> a != null);
        var b = browser;
        b.signIn("archivist", DEMO_PASSWORD);
        b.waitForPath("/");
        b.open("/archives/" + archive.getId());
        assertThat(b.text("#archive-no")).isEqualTo(archive.getArchiveNo());
        assertThat(b.driver.findElements(By.cssSelector("#archive-missing .missing-item"))).hasSize(5);
        b.screenshot("a01-new-archive");

        fileMissing(b, 0, true, "用电申请书.pdf");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#archive-missing .missing-item")).size() == 4);
        fileMissing(b, 0, false, "营业执照复印件.pdf");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#archive-missing .missing-item")).size() == 3);
        assertThat(b.text(".archive-documents")).contains("用电申请书", "客户身份证明或营业执照", "复印件");
        b.screenshot("a02-two-documents-filed");

        // an application that is not signed is refused with the reason, and nothing is filed
        b.click("#archive-missing .file-missing");
        b.type("#f-pages", "1");
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById('f-date').value='2026-03-02'");
        b.type("#f-responsible", "王明");
        b.find("#f-file").sendKeys(pdf("未签字.pdf").toString());
        b.click("#f-submit");
        assertThat(b.text("#archive-errors")).contains("须有客户签字");
        assertThat(b.driver.findElements(By.cssSelector("#archive-missing .missing-item"))).hasSize(3);
        b.screenshot("a03-intake-refused");

        b.click("#toc-1");
        var tabs = b.driver.getWindowHandles().toArray(String[]::new);
        b.driver.switchTo().window(tabs[tabs.length - 1]);
        assertThat(b.text("#toc")).contains("用电申请书", "1–3", "4–5");
        b.screenshot("a04-table-of-contents");
        b.driver.close();
        b.driver.switchTo().window(tabs[0]);

        b.open("/archives?q=" + java.net.URLEncoder.encode("城东五金", StandardCharsets.UTF_8));
        assertThat(b.text("#archive-rows")).contains(archive.getArchiveNo(), "城东五金制品厂");
        b.screenshot("a05-archive-list");
        b.signOut();
    }

    @Test
    void aSecretDocumentIsLentThroughTwoApprovalsReturnedAndTheClosedArchiveShowsItsDestructionDate() throws Exception {
        var customerId = powerCustomer("城西电镀车间", Map.of("VOLTAGE", "低压"));
        var archive = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> archives.findByCustomerId(customerId).orElse(null), a -> a != null);
        var b = browser;
        var wait = new WebDriverWait(b.driver, Duration.ofSeconds(10));

        // the archivist files the contract as 秘密
        b.signIn("archivist", DEMO_PASSWORD);
        b.waitForPath("/");
        b.open("/archives/" + archive.getId());
        b.type("#f-title", "供用电合同（含电价条款）");
        b.select("#f-category", "DL.02 供用电合同");
        b.select("#f-carrier", "电子");
        b.select("#f-level", "秘密");
        b.type("#f-pages", "8");
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById('f-date').value='2026-03-02'");
        b.type("#f-responsible", "王明");
        b.find("#f-file").sendKeys(pdf("合同.pdf").toString());
        b.click("#f-submit");
        wait.until(d -> b.pageText().contains("已接收归档"));
        b.signOut();

        // the owner manager may not read it, and asks to borrow it
        b.signIn("manager", DEMO_PASSWORD);
        b.waitForPath("/");
        b.open("/archives/" + archive.getId());
        assertThat(b.text(".archive-documents")).contains("超出密级，需借阅");
        var documentId = b.find("#loan-request input[name=documentIds]").getAttribute("value");
        b.click("#loan-doc-" + documentId);
        b.select("#loan-mode", "电子查阅");
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById('loan-due').value='"
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7) + "'");
        b.type("#loan-purpose", "核对电价条款");
        b.screenshot("a06-loan-request");
        b.click("#loan-submit");
        b.waitForPath("/archives/loans/mine");
        assertThat(b.text("#loans")).contains(archive.getArchiveNo(), "审批中", "秘密");
        b.signOut();

        // two steps: the unit head, then the general manager
        for (var approver : new String[] {"head", "gm"}) {
            b.signIn(approver, DEMO_PASSWORD);
            b.waitForPath("/");
            b.open("/approvals/inbox");
            var task = wait.until(d -> d.findElements(By.cssSelector(".approval-task")).stream()
                    .filter(e -> e.getText().contains(archive.getArchiveNo())).findFirst().orElse(null));
            if (approver.equals("head")) {
                b.screenshot("a07-approval-inbox");
            }
            b.click(task.findElement(By.cssSelector("button.btn-success")));
            wait.until(d -> d.findElements(By.cssSelector(".approval-task")).stream()
                    .noneMatch(e -> { try { return e.getText().contains(archive.getArchiveNo()); }
                                      catch (org.openqa.selenium.StaleElementReferenceException gone) { return false; } }));
            b.signOut();
        }

        b.signIn("manager", DEMO_PASSWORD);
        b.waitForPath("/");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            b.open("/archives/loans/mine");
            return b.text("#loans").contains("已批准");
        });
        b.open("/archives/" + archive.getId());
        assertThat(b.text(".archive-documents")).contains("v1 合同.pdf").doesNotContain("超出密级");
        b.screenshot("a08-lent-document-readable");
        b.signOut();

        // the archivist ends the loan; the document is out of reach again
        b.signIn("archivist", DEMO_PASSWORD);
        b.waitForPath("/");
        b.open("/archives/loans?q=" + archive.getArchiveNo());
        b.click("#loans button.btn-outline-secondary");
        wait.until(d -> b.text("#loans").contains("已归还"));
        b.screenshot("a09-lending-register");

        // the account closes: the archive moves to the closed section with its destruction date (低压: 3 years)
        SystemActor.run(() -> customers.close(customerId, "企业注销", new DataScope(DataScopeKind.ALL, 0, Set.of(), Set.of())));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> archives.findByCustomerId(customerId).orElseThrow()
                .getStatus() == kehu.archive.ArchiveStatus.CLOSED);
        b.open("/archives/" + archive.getId());
        var destroyOn = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(3).toString();
        assertThat(b.text("#archive-destroy-on")).contains(destroyOn, "3");
        assertThat(b.text("#archive-status")).isEqualTo("已销户");
        b.screenshot("a10-closed-with-destruction-date");
        b.signOut();
    }

    /** Opens the first missing item's filing form and files a PDF; signed originals unless said otherwise. */
    void fileMissing(Browser b, int index, boolean original, String fileName) throws Exception {
        b.click(b.driver.findElements(By.cssSelector("#archive-missing .file-missing")).get(index));
        b.type("#f-pages", original ? "3" : "2");
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById('f-date').value='2026-03-02'");
        b.type("#f-responsible", "王明");
        if (original) {
            b.click("#f-original");
            b.click("#f-signed");
        }
        b.find("#f-file").sendKeys(pdf(fileName).toString());
        b.click("#f-submit");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> b.pageText().contains("已接收归档"));
    }

    static java.nio.file.Path pdf(String name) throws Exception {
        var dir = Files.createTempDirectory("kehu-archive-upload");
        var file = dir.resolve(name);
        Files.writeString(file, "%PDF-1.4\n% upload " + System.nanoTime() + "\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }

    @Test
    void aTwoGigabyteUploadIsRefusedFromItsContentLengthBeforeItIsSent() throws Exception {
        long started = System.nanoTime();
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/archives/1/documents HTTP/1.1\r\nHost: localhost\r\nAccept-Language: zh-CN\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 2147483648\r\n\r\n"
                    + "--xyz\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var answer = readSome(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("不予接收");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    static String readSome(InputStream in) throws Exception {
        var buffer = new ByteArrayOutputStream();
        var chunk = new byte[4096];
        int n;
        while ((n = in.read(chunk)) != -1) {
            buffer.write(chunk, 0, n);
            var text = buffer.toString(StandardCharsets.UTF_8);
            if (text.contains("\r\n\r\n") && text.contains("}")) {
                break;
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
