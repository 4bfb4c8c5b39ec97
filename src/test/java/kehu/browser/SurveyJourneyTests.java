package kehu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScopeKind;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.internal.RoleForm;
import kehu.organization.internal.RoleManagement;
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
 * A satisfaction survey in a real browser (SUR-1, SUR-2): the survey lead writes and publishes a questionnaire,
 * plans a campaign for the A-class customers, the general manager approves it, the lead starts it, records two
 * customers' answers (one unhappy), reads the analysis and the follow-up list and records an improvement action.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyJourneyTests {

    static final String PASSWORD = "Survey-Lead-7";
    static final String DEMO_PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    @Autowired StaffManagement staffManagement;
    @Autowired StaffMembers staff;
    @Autowired Units units;
    @Autowired RoleManagement roleManagement;
    @Autowired DataScopes scopes;
    @Autowired CustomerManagement customers;

    Browser browser;
    long happy;
    long unhappy;

    @BeforeAll
    void setUp() {
        if (staff.findByUsername("survey.lead").isEmpty()) {
            SystemActor.run(() -> {
                var adminId = staff.findByUsername("admin").orElseThrow().getId();
                var gm = staff.findByUsername("gm").orElseThrow().getId();
                var created = staffManagement.create(new StaffForm("survey.lead", "满意度专员",
                        units.findByCode("HQ").orElseThrow().getId(), null, gm, "", "", Set.of()),
                        scopes.of(adminId, Permissions.STAFF_VIEW));
                // surveys its own customers only, so the target group is exactly the customers made here
                var role = roleManagement.create(new RoleForm("SURVEY_LEAD", "满意度专员", null, DataScopeKind.OWN,
                        Set.of(Permissions.CUSTOMER_VIEW, Permissions.SERVICE_DISPATCH, Permissions.REPORT_VIEW)));
                long lead = created.staff().getId();
                staffManagement.applyRoles(lead, Set.of(role.getId()));
                staffManagement.changeOwnPassword(lead, created.initialPassword(), PASSWORD, PASSWORD);
                var scope = scopes.of(adminId, Permissions.CUSTOMER_EDIT);
                happy = customers.create(customer("周满意", AbcClass.A, lead), scope, true);
                unhappy = customers.create(customer("吴不满", AbcClass.A, lead), scope, true);
                customers.create(customer("郑乙类", AbcClass.B, lead), scope, true);
            });
        }
        browser = new Browser("http://localhost:" + port, 1280, 1000);
    }

    static CustomerForm customer(String name, AbcClass abc, long owner) {
        return new CustomerForm(CustomerKind.INDIVIDUAL, name, "", "", "", "", "", "", "", CustomerStatus.ACTIVE, Set.of(), "",
                owner, abc, null, null, "", false, Map.of(), "", null);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSurveyIsWrittenPlannedApprovedAnsweredAndAnalysed() {
        var b = browser;
        var wait = new WebDriverWait(b.driver, Duration.ofSeconds(10));
        b.signIn("survey.lead", PASSWORD);
        b.waitForPath("/");
        assertThat(b.text("#kehu-nav")).contains("满意度调查", "调查活动", "问卷模板");

        // SUR-1: a questionnaire of four items, one of them optional
        b.open("/surveys/templates/new");
        b.type("#name", "物业服务满意度问卷");
        b.type("#description", "每半年一次");
        new Select(b.find("#items0\\.kind")).selectByValue("SCALE");
        b.type("#items0\\.text", "您对维修服务满意吗？");
        b.click("#item-add");
        new Select(b.find("#items1\\.kind")).selectByValue("NPS");
        b.type("#items1\\.text", "您向亲友推荐我们的可能性有多大？");
        b.click("#item-add");
        new Select(b.find("#items2\\.kind")).selectByValue("SINGLE_CHOICE");
        b.type("#items2\\.text", "您常用的报事方式");
        b.click("#item-add");
        new Select(b.find("#items3\\.kind")).selectByValue("TEXT");
        b.type("#items3\\.text", "其他意见");
        b.find("#items3\\.required1").click();
        b.click("#template-save");
        // a choice item without options is refused with the item's number
        assertThat(b.text("#template-form")).contains("第 3 题：单选/多选题须有 2 到 20 个选项（每行一个）");
        b.screenshot("v01-questionnaire-editor-error");
        b.type("#items2\\.options", "电话\n上门\n网上");
        b.click("#template-save");
        wait.until(d -> b.path().matches("/surveys/templates/\\d+"));
        assertThat(b.text("#items")).contains("您对维修服务满意吗？", "推荐度（0–10）", "电话 / 上门 / 网上");
        b.click("#template-publish");
        b.driver.switchTo().alert().accept();
        wait.until(d -> b.text("#saved-message").contains("第 1 版已发布"));
        b.screenshot("v02-questionnaire-published");

        // SUR-2: plan, approval, start
        b.open("/surveys/campaigns/new");
        b.type("#title", "2026 年下半年 A 类客户满意度调查");
        b.type("#purpose", "了解重点客户对维修服务的评价");
        new Select(b.find("#templateVersionId")).selectByVisibleText("物业服务满意度问卷 · 第 1 版");
        new Select(b.find("#targetMode")).selectByValue("ABC_CLASS");
        new Select(b.find("#abcClass")).selectByValue("A");
        b.screenshot("v03-campaign-plan");
        b.click("#campaign-save");
        wait.until(d -> b.path().matches("/surveys/campaigns/\\d+"));
        var campaignPath = b.path();
        b.click("#campaign-submit");
        wait.until(d -> b.text(".campaign-status").equals("审批中"));
        b.signOut();

        b.signIn("gm", DEMO_PASSWORD);
        b.waitForPath("/");
        b.open("/approvals/inbox");
        var task = b.driver.findElements(By.cssSelector(".approval-task")).stream()
                .filter(e -> e.getText().contains("2026 年下半年 A 类客户满意度调查")).findFirst().orElseThrow();
        var taskId = task.getAttribute("id");
        b.click(task.findElement(By.cssSelector("button.btn-success")));
        wait.until(d -> !b.has("#" + taskId + " button.btn-success"));
        b.signOut();

        b.signIn("survey.lead", PASSWORD);
        b.waitForPath("/");
        new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> {
            b.open(campaignPath);
            return b.text(".campaign-status").equals("已批准");
        });
        b.click("#campaign-start");
        wait.until(d -> b.text("#saved-message").contains("共 2 户"));
        assertThat(b.text("#targets-table")).contains("周满意", "吴不满").doesNotContain("郑乙类");
        b.screenshot("v04-campaign-running");

        // answers: one unhappy customer (low score, detractor, flagged comment), one happy one
        b.click("#target-" + unhappy + " .respond-link");
        wait.until(d -> b.has("#response-form"));
        b.click("#question-1 label[for$='-2']");
        b.click("#response-save");
        assertThat(b.text("#response-errors")).contains("输入有误");
        assertThat(b.text("#question-2")).contains("第 2 题为必答题，请作答");
        b.screenshot("v05-answers-missing-item");
        b.click("#question-2 label[for$='-3']");
        b.click(b.driver.findElements(By.cssSelector("#question-3 label")).stream()
                .filter(l -> l.getText().equals("上门")).findFirst().orElseThrow());
        b.find("#question-4 textarea").sendKeys("维修师傅迟到两小时");
        b.click("#question-4 input[type=checkbox]");
        b.click("#response-save");
        wait.until(d -> b.path().equals(campaignPath));
        b.click("#target-" + happy + " .respond-link");
        wait.until(d -> b.has("#response-form"));
        b.click("#question-1 label[for$='-5']");
        b.click("#question-2 label[for$='-10']");
        b.click(b.driver.findElements(By.cssSelector("#question-3 label")).stream()
                .filter(l -> l.getText().equals("电话")).findFirst().orElseThrow());
        b.click("#response-save");
        wait.until(d -> b.path().equals(campaignPath));
        assertThat(b.text("#campaign-progress")).contains("已答 2 / 2 户，需回访 1 户");

        // analysis, follow-up list, improvement action
        b.click("#campaign-analysis");
        wait.until(d -> b.has("#analysis-summary"));
        assertThat(b.text("#result-1")).contains("平均分 3.50 / 5");
        assertThat(b.text("#result-2")).contains("净推荐值 NPS 0（推荐者 1，中立者 0，贬损者 1）");
        assertThat(b.text("#follow-up-table")).contains("吴不满", "维修师傅迟到两小时").doesNotContain("周满意");
        b.screenshot("v06-analysis");
        b.type("#description", "维修派工后一小时内电话确认上门时间");
        b.type("#responsible", "工程部");
        b.click("#action-save");
        wait.until(d -> b.text("#actions-table").contains("维修派工后一小时内电话确认上门时间"));
        b.screenshot("v07-improvement-action");

        // the answer is on the customer's timeline
        new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> {
            b.open("/customers/" + unhappy);
            return b.pageText().contains("2026 年下半年 A 类客户满意度调查");
        });
        b.screenshot("v08-customer-timeline");
    }
}
