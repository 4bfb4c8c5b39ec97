package kehu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.StaffManagement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first hour of an administrator, in a real browser: sign in with the initial password, choose a
 * new one, create a unit and two people in it, give one of them a role through the approval, and
 * see that this person then sees only their own unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kehu.security.admin-must-change-password=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministratorJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffMembers staff;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void administratorSetsUpAUnitAndAPersonWhoThenSeesOnlyTheirUnit() {
        var b = browser;
        b.signIn("admin", "Initial-Admin-1");
        b.waitForPath("/account/password");
        assertThat(b.text("#password-forced")).contains("初始密码");
        b.screenshot("01-forced-password-change");

        b.open("/org/units");
        b.waitForPath("/account/password"); // nothing else until the password is changed
        b.changePassword("Initial-Admin-1", "Admin-Chosen-77");
        b.waitForPath("/account");
        assertThat(b.text("#password-changed")).contains("密码已修改");

        b.open("/org/units");
        b.select("#parentId", "示范客户服务公司");
        b.type("#code", "QA");
        b.type("#name", "质量管理部");
        b.click("#unit-save");
        assertThat(b.text("#unit-tree")).contains("质量管理部");
        b.screenshot("02-org-tree-with-new-unit");

        var initial = createPerson("qa.lead", "钱质检");
        createPerson("qa.peer", "孙质检");
        b.screenshot("03-new-staff-initial-password");

        b.open("/org/staff/" + staff.findByUsername("qa.lead").orElseThrow().getId());
        b.click("#role-UNIT_HEAD");
        b.type("#reason", "负责质量管理部");
        b.click("#role-change-submit");
        assertThat(b.text("#role-change-requested")).contains("已提交审批");
        assertThat(staff.findByUsername("qa.lead").orElseThrow().getRoleIds()).isEmpty(); // not before approval
        approveInInbox("qa.lead");
        awaitRoles("qa.lead");
        b.open("/org/staff/" + staff.findByUsername("qa.lead").orElseThrow().getId());
        b.screenshot("04-role-change-approved");
        b.signOut();

        b.signIn("qa.lead", initial);
        b.waitForPath("/account/password");
        b.changePassword(initial, "Lead-Chosen-88");
        b.waitForPath("/account");
        b.open("/org/staff");
        var table = b.text("#staff-table");
        assertThat(table).contains("qa.lead", "qa.peer").doesNotContain("clerk", "admin", "manager");
        var nav = b.text("#kehu-nav");
        assertThat(nav).contains("人员", "组织架构").doesNotContain("角色与权限", "审计日志");
        b.screenshot("05-unit-head-sees-own-unit");

        b.open("/org/roles");
        assertThat(b.text("#forbidden")).contains("没有执行此操作的权限");
        b.screenshot("06-forbidden");
    }

    private String createPerson(String username, String name) {
        var b = browser;
        b.open("/org/staff/new");
        b.type("#username", username);
        b.type("#fullName", name);
        b.select("#unitId", "　质量管理部");
        b.click("#staff-save");
        return b.find("#initial-password code").getText();
    }

    /** Role changes go through the approval chain "org.role-change": the administrator approves in "my approvals". */
    private void approveInInbox(String username) {
        var b = browser;
        var task = new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    b.open("/approvals/inbox");
                    return d.findElements(org.openqa.selenium.By.cssSelector("#pending .approval-task")).stream()
                            .filter(t -> t.getText().contains(username)).findFirst().orElse(null);
                });
        b.screenshot("04a-approval-inbox");
        task.findElement(org.openqa.selenium.By.name("comment")).sendKeys("同意");
        task.findElement(org.openqa.selenium.By.cssSelector("button.btn-success")).click();
        assertThat(b.text(".approval-task-done")).isNotBlank();
    }

    private void awaitRoles(String username) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !staff.findByUsername(username).orElseThrow().getRoleIds().isEmpty());
    }
}
