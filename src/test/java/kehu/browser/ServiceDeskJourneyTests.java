package kehu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service desk in a real browser (SVC-1, SVC-2): the phone clerk logs a call from the keyboard only —
 * the customer search has the focus, the hit is chosen, Enter submits — the supervisor sees it in the open
 * matters, and the engineering department takes the repair and returns its receipt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(kehu.support.TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceDeskJourneyTests {

    @org.springframework.beans.factory.annotation.Autowired kehu.support.MutableClock clock;
    @org.springframework.beans.factory.annotation.Autowired kehu.servicedesk.TimeLimitSweep sweep;

    static final String DEMO = "Demo@2026";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void setUp() {
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15));
    }

    @Test
    void aPhoneRepairIsLoggedFromTheKeyboardRoutedTakenAndCompleted() {
        var b = browser;
        b.signIn("clerk", DEMO);
        b.waitForPath("/");
        b.open("/service/intake");
        var focused = b.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("intake-customer-search");
        focused.sendKeys("张伟");
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#intake-customer-hits input[name=customerId]")).size() > 1);
        // Tab goes to the chosen radio of the hit list; the arrow key picks the first customer
        b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        if ("customer-none".equals(b.driver.switchTo().activeElement().getAttribute("id"))) {
            b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        }
        var chosen = b.find("#intake-customer-hits input[name=customerId]:checked");
        assertThat(chosen.getAttribute("value")).isNotBlank();
        b.select("#intake-type", "报修");
        b.select("#intake-category", "　下水管道");
        b.type("#intake-subject", "卫生间地漏反水");
        b.type("#intake-description", "业主来电：卫生间地漏往上冒水，已影响楼下。");
        b.screenshot("s01-intake-form");
        b.find("#intake-subject").sendKeys(Keys.ENTER);
        waiting().until(d -> b.pageText().contains("已登记报事 BX"));
        assertThat(b.text("#intake-today")).contains("卫生间地漏反水");
        b.screenshot("s02-intake-done");
        b.click("#last-matter-link");
        waiting().until(d -> b.path().matches("/service/matters/\\d+"));
        var matterPath = b.path();
        assertThat(b.text("#matter-handling")).contains("工程部");
        assertThat(b.text("#matter-owner")).isEqualTo("张客服");
        b.screenshot("s03-matter-page");
        b.signOut();

        b.signIn("supervisor", DEMO);
        b.waitForPath("/");
        b.open("/service/matters");
        assertThat(b.text("#matter-table")).contains("卫生间地漏反水");
        b.screenshot("s04-supervisor-open-matters");
        b.open("/service/duty-log");
        assertThat(b.text("#duty-log-table")).contains("卫生间地漏反水");
        b.screenshot("s05-duty-log");
        b.open("/service/rules");
        assertThat(b.text("#routing-table")).contains("报修派工程部");
        assertThat(b.text("#time-limit-table")).contains("1020");
        b.screenshot("s05b-rules");
        b.signOut();

        b.signIn("handler", DEMO);
        b.waitForPath("/");
        b.open("/service/work-orders");
        assertThat(b.text("#work-order-table")).contains("卫生间地漏反水");
        b.screenshot("s06-handler-work-orders");
        b.click(b.driver.findElements(By.cssSelector("#work-order-table .work-order-link")).get(0));
        waiting().until(d -> b.path().matches("/service/work-orders/\\d+"));
        b.click("#work-order-take");
        waiting().until(d -> b.has("#receipt-form"));
        b.type("#receipt-work-done", "疏通地漏，更换存水弯");
        b.click("#receipt-submit");
        waiting().until(d -> b.has("#work-order-receipt"));
        assertThat(b.text("#work-order-status")).isEqualTo("已回单");
        b.screenshot("s07-work-order-receipt");
        b.signOut();

        b.signIn("clerk", DEMO);
        b.waitForPath("/");
        b.open(matterPath);
        assertThat(b.text("#matter-status")).isEqualTo("已办结待确认");
        b.screenshot("s08-matter-resolved");
    }

    @Test
    void aWrittenComplaintBreachesEscalatesIsAnsweredByAnApprovedLetterAndClosedAfterFeedback() {
        var b = browser;
        try {
            b.signIn("clerk", DEMO);
            b.waitForPath("/");
            b.open("/service/intake");
            b.select("#intake-channel", "信函");
            b.select("#intake-category", "收费");
            b.type("#intake-subject", "来信投诉物业费重复收取");
            b.type("#intake-caller", "周女士");
            b.type("#intake-callback", "13911112222");
            b.find("#intake-callback").sendKeys(Keys.ENTER);
            waiting().until(d -> b.pageText().contains("已登记报事 TS"));
            b.click("#last-matter-link");
            waiting().until(d -> b.path().matches("/service/matters/\\d+"));
            var matterPath = b.path();
            b.signOut();

            // five days later nobody has answered: the sweep escalates up the chain
            clock.set(java.time.Instant.now().plus(java.time.Duration.ofDays(5)));
            sweep.sweep();
            b.signIn("supervisor", DEMO);
            b.waitForPath("/");
            b.open("/service/matters?overdue=true");
            assertThat(b.text("#matter-table")).contains("来信投诉物业费重复收取", "升级 3 级");
            b.screenshot("s09-escalated-in-open-matters");
            b.open(matterPath);
            assertThat(b.text("#matter-alerts")).contains("响应超时", "超时升级");
            b.type("#resolve-summary", "经核实重复收取 120 元，已退还并致歉");
            b.click("#resolve-substantiated");
            b.select("#resolve-unit", "客户服务部");
            b.select("#resolve-cause", "服务不到位");
            b.click("#resolve-submit");
            waiting().until(d -> b.text("#matter-status").equals("已办结待确认"));
            b.click("#matter-close");
            waiting().until(d -> b.has("#matter-refusal"));
            assertThat(b.text("#matter-refusal")).contains("须有客户反馈或回访结果后才能关闭");
            b.click("#letter-draft");
            waiting().until(d -> b.has(".reply-letter"));
            assertThat(b.find(".letter-body").getAttribute("value")).contains("尊敬的周女士", "已退还并致歉");
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "document.getElementById('letters').scrollIntoView({block: 'start', behavior: 'instant'});");
            b.screenshot("s10-reply-letter-draft");
            b.click(".letter-submit");
            waiting().until(d -> b.text(".letter-status").equals("审批中"));
            b.open("/approvals/inbox");
            b.screenshot("s11-approval-inbox");
            b.signOut();
        } finally {
            clock.reset();
        }
    }
}
