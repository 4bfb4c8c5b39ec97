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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceDeskJourneyTests {

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
}
