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

    /** The numbers of a rate card on the rates page: {numerator, denominator}. */
    int[] rate(String kind) {
        var text = browser.text(".rate-card[data-kind=" + kind + "] .rate-trace");
        var parts = text.split("/");
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }

    int dutyCount(String css) {
        return browser.has(css) ? Integer.parseInt(browser.text(css).strip()) : 0;
    }

    /**
     * Issue 5's whole journey: a phone complaint logged from the keyboard with the handling guide beside it, routed to
     * the customer service department, let breach and escalate on an injected clock, resolved, visited back (which
     * closes it), and seen in the rates and the daily report.
     */
    @Test
    void aPhoneComplaintBreachesEscalatesIsResolvedVisitedAndCountsInTheRatesAndTheDailyReport() {
        var b = browser;
        var day = java.time.LocalDate.now(kehu.shared.ClockConfiguration.ZONE);
        var rates = "/service/reports?from=" + day.minusDays(1) + "&to=" + day.plusDays(10);
        try {
            b.signIn("supervisor", DEMO);
            b.waitForPath("/");
            b.open("/service/reports/daily?day=" + day);
            int totalBefore = dutyCount("#duty-total");
            int complaintsBefore = dutyCount("#duty-summary dd[data-type=COMPLAINT]");
            b.open(rates);
            int[] callbackBefore = rate("CALLBACK");
            int[] satisfactionBefore = rate("SATISFACTION");
            int[] onTimeBefore = rate("ON_TIME");
            b.signOut();

            b.signIn("clerk", DEMO);
            b.waitForPath("/");
            b.open("/service/intake");
            b.driver.switchTo().activeElement().sendKeys("张伟");
            waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#intake-customer-hits input[name=customerId]")).size() > 1);
            b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if ("customer-none".equals(b.driver.switchTo().activeElement().getAttribute("id"))) {
                b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            }
            b.select("#intake-type", "投诉");
            b.select("#intake-category", "　接待服务");
            // the handling guide of the category appears beside the form
            waiting().until(d -> b.text("#intake-guide").contains("服务态度投诉"));
            assertThat(b.text("#intake-guide")).contains("先向业户致歉");
            b.type("#intake-subject", "前台接待人员态度生硬");
            b.type("#intake-description", "业主来电：在服务中心办理门禁卡时，前台人员不耐烦。");
            b.screenshot("s12-complaint-intake-with-guide");
            b.find("#intake-subject").sendKeys(Keys.ENTER);
            waiting().until(d -> b.pageText().contains("已登记报事 TS"));
            b.click("#last-matter-link");
            waiting().until(d -> b.path().matches("/service/matters/\\d+"));
            var matterPath = b.path();
            assertThat(b.text("#matter-handling")).as("routed by the complaint rule").contains("客户服务部");
            assertThat(b.text("#matter-guide")).contains("处理指引 · 服务态度投诉");
            b.signOut();

            // two working days later nobody has answered: the sweep escalates
            clock.set(java.time.Instant.now().plus(java.time.Duration.ofDays(5)));
            sweep.sweep();
            b.signIn("supervisor", DEMO);
            b.waitForPath("/");
            b.open(matterPath);
            assertThat(b.text("#matter-alerts")).contains("响应超时", "超时升级");
            b.type("#resolve-summary", "已向业主致歉，前台人员已批评教育并重新培训");
            b.click("#resolve-substantiated");
            b.select("#resolve-unit", "客户服务部");
            b.select("#resolve-cause", "服务不到位");
            b.click("#resolve-submit");
            waiting().until(d -> b.text("#matter-status").equals("已办结待确认"));

            // the return visit planned on resolution: the customer is satisfied, which closes the complaint
            waiting().until(d -> {
                d.navigate().refresh();
                return b.has("#matter-visits .visit-link");
            });
            b.click("#matter-visits .visit-link");
            waiting().until(d -> b.path().matches("/service/visits/\\d+"));
            b.click("#outcome-SATISFIED");
            b.click(b.find("label[for=overall-5]"));
            b.type("#visit-note", "业主表示满意");
            b.screenshot("s13-return-visit");
            b.click("#visit-submit");
            waiting().until(d -> b.text("#visit-status").contains("已回访"));
            b.open(matterPath);
            assertThat(b.text("#matter-status")).isEqualTo("已关闭");
            b.screenshot("s14-complaint-closed");

            // the rates and the daily report count it
            b.open(rates);
            int[] callback = rate("CALLBACK");
            assertThat(callback[0]).as("visits done").isEqualTo(callbackBefore[0] + 1);
            assertThat(callback[1]).as("visits due").isEqualTo(callbackBefore[1] + 1);
            int[] satisfaction = rate("SATISFACTION");
            assertThat(satisfaction[0]).isEqualTo(satisfactionBefore[0] + 1);
            assertThat(satisfaction[1]).isEqualTo(satisfactionBefore[1] + 1);
            int[] onTime = rate("ON_TIME");
            assertThat(onTime[1]).as("resolved in the period").isEqualTo(onTimeBefore[1] + 1);
            assertThat(onTime[0]).as("but not in time").isEqualTo(onTimeBefore[0]);
            b.screenshot("s15-rates-after");
            b.open("/service/reports/daily?day=" + day);
            assertThat(dutyCount("#duty-total")).isEqualTo(totalBefore + 1);
            assertThat(dutyCount("#duty-summary dd[data-type=COMPLAINT]")).isEqualTo(complaintsBefore + 1);
            assertThat(b.text("#complaint-table")).contains("前台接待人员态度生硬");
            b.screenshot("s16-daily-report");
            b.signOut();
        } finally {
            clock.reset();
        }
    }
}
