package kehu.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, headless and offline: the driver path is given, so Selenium
 * Manager never tries the network. Screenshots go to target/screenshots/.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final String base;

    Browser(String base, int width, int height) {
        this.base = base;
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=zh-CN");
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean has(String css) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(By.cssSelector(css)).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        }
    }

    void type(String css, String text) {
        var e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    void select(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
    }

    /** Clicks an element after scrolling it to the middle of the window (headless windows are small). */
    void click(String css) {
        click(find(css));
    }

    void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Text of an element, waiting for it and riding out a page that is still being replaced. */
    String text(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    String pageText() {
        return text("body");
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals(path));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        click("#login-submit");
    }

    void signOut() {
        click("#logout");
    }

    void changePassword(String current, String chosen) {
        type("#currentPassword", current);
        type("#newPassword", chosen);
        type("#confirmation", chosen);
        click("#password-save");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
