package kehu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.DataScopeKind;
import kehu.organization.internal.RoleForm;
import kehu.organization.internal.RoleManagement;
import kehu.organization.internal.Roles;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.SystemActor;
import kehu.organization.internal.Units;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer's first day, in a real browser (CUS issue): an administrator registers a customer, finds it
 * again by the initials of its pinyin, and transfers it to another manager.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kehu.security.admin-must-change-password=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerJourneyTests {

    static final String PASSWORD = "Office-Admin-5";

    @LocalServerPort
    int port;

    @Autowired StaffManagement staffManagement;
    @Autowired StaffMembers staff;
    @Autowired Units units;
    @Autowired Roles roles;
    @Autowired DataScopes scopes;
    @Autowired RoleManagement roleManagement;

    Browser browser;

    @BeforeAll
    void setUp() {
        // an administrator of our own, so this test does not depend on admin's first sign-in
        if (staff.findByUsername("office.admin").isEmpty()) {
            SystemActor.run(() -> {
                var adminId = staff.findByUsername("admin").orElseThrow().getId();
                var created = staffManagement.create(new StaffForm("office.admin", "办公室管理员",
                        units.findByCode("HQ").orElseThrow().getId(), null, null, "", "", Set.of()),
                        scopes.of(adminId, Permissions.STAFF_VIEW));
                // customer rights over the whole organisation, but not an administrator: approval chains that go
                // to ADMIN (the administrator journey's role change) must not find a second approver here
                var role = roleManagement.create(new RoleForm("CUSTOMER_OFFICE", "客户管理办公室", null, DataScopeKind.ALL,
                        Set.of(Permissions.CUSTOMER_VIEW, Permissions.CUSTOMER_EDIT, Permissions.CUSTOMER_SENSITIVE_VIEW)));
                staffManagement.applyRoles(created.staff().getId(), Set.of(role.getId()));
                staffManagement.changeOwnPassword(created.staff().getId(), created.initialPassword(), PASSWORD, PASSWORD);
            });
        }
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCustomerIsRegisteredFoundByPinyinInitialsAndTransferred() {
        var b = browser;
        b.signIn("office.admin", PASSWORD);
        b.waitForPath("/");

        b.open("/customers/new");
        new Select(b.find("#kind")).selectByValue("INDIVIDUAL");
        b.type("#name", "钱多多");
        b.type("#idNumber", "11010519491231002X");
        b.type("#mobile", "13912345678");
        chooseRegion("110000", "110100", "110108");
        b.type("#address", "中关村大街 1 号");
        selectByText("#ownerStaffId", "刘经理");
        b.screenshot("c01-new-customer-form");
        b.click("#customer-save");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> b.path().matches("/customers/\\d+"));
        var customerPath = b.path();
        assertThat(b.pageText()).contains("钱多多", "110105********002X").doesNotContain("11010519491231002X");
        b.screenshot("c02-customer-page");

        b.open("/customers");
        b.type("#filter-name", "qdd");
        // as you type: htmx swaps the rows and pushes the query into the address
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=qdd"));
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#customer-table tbody tr")).size() == 1);
        assertThat(b.text("#customer-rows")).contains("钱多多").doesNotContain("郭斌", "张伟");
        b.screenshot("c03-found-by-pinyin-initials");

        b.open(customerPath);
        var transfer = b.find("#transfer-form");
        new Select(transfer.findElement(By.name("toStaffId"))).selectByVisibleText("周经理");
        transfer.findElement(By.name("reason")).sendKeys("客户迁居城西");
        b.click(transfer.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> b.pageText().contains("客户迁居城西"));
        assertThat(b.text("#customer-timeline")).contains("周经理");
        b.screenshot("c04-transferred");
    }

    @Test
    void aSmallWorkbookWithOneBadRowIsImportedWithARejectionReport() throws Exception {
        var b = browser;
        b.signIn("office.admin", PASSWORD);
        b.waitForPath("/");
        var good = "孙悟" + (char) ('甲' + java.util.concurrent.ThreadLocalRandom.current().nextInt(20));
        var workbook = java.nio.file.Files.createTempFile("kehu-import", ".xlsx");
        try (var out = java.nio.file.Files.newOutputStream(workbook)) {
            var wb = new org.dhatim.fastexcel.Workbook(out, "Kehu", "1.0");
            var ws = wb.newWorksheet("客户");
            String[][] rows = {
                    {"客户类型", "客户名称", "证件号码", "手机号码", "地区编码"},
                    {"个人", good, validIdNumber("110105", "19800101"), "13700001234", "110105"},
                    {"个人", "猪八戒", "110105198001010010", "13700005678", "110105"}}; // wrong check digit
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    ws.value(r, c, rows[r][c]);
                }
            }
            wb.finish();
        }

        b.open("/customers/import");
        b.find("#import-file").sendKeys(workbook.toAbsolutePath().toString());
        b.click("#import-upload-submit");
        b.click("#mapping-submit");
        try {
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.cssSelector("#import-confirm")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            b.screenshot("c05-timeout");
            throw new AssertionError("no confirm button; page " + b.path() + ": " + b.pageText(), e);
        }
        assertThat(b.text("#import-problems")).contains("3", "证件号码", "110105198001010010");
        assertThat(b.text("#count-rejected")).isEqualTo("1");
        b.screenshot("c05-import-report");

        b.click("#import-confirm button");
        b.driver.switchTo().alert().accept();
        new WebDriverWait(b.driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> b.text("#count-imported").equals("1"));
        b.screenshot("c06-import-done");

        b.open("/customers");
        b.type("#filter-name", good);
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> b.text("#customer-rows").contains(good));
        assertThat(b.text("#customer-rows")).doesNotContain("猪八戒");
    }

    /** A GB 11643 ID number with a random sequence and its correct check digit. */
    static String validIdNumber(String region, String birth) {
        var body = region + birth + String.format("%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private void chooseRegion(String province, String city, String district) {
        var b = browser;
        new Select(b.find("#form-province")).selectByValue(province);
        waitForOption("#form-city", city);
        new Select(b.find("#form-city")).selectByValue(city);
        waitForOption("#form-district", district);
        new Select(b.find("#form-district")).selectByValue(district);
    }

    private void waitForOption(String select, String value) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector(select + " option[value='" + value + "']")).isEmpty());
    }

    private void selectByText(String css, String text) {
        new Select(browser.find(css)).getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow().click();
    }
}
