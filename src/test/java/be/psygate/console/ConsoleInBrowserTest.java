package be.psygate.console;

import be.psygate.practice.PracticeService;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web console in a real browser (Debian's headless Chromium, driven by Selenium): logging in and out, an ops user
 * following a list just answered to its lines, its practice's money and its network's plot, without any admin
 * control; an admin registering a network and a practice through the forms. No page may log a browser error.
 */
class ConsoleInBrowserTest extends GatewayTest {

    /**
     * The browser's address of its own on the loopback network: the login throttle counts failed logins per address,
     * and the other tests' deliberate failures from 127.0.0.1 must not lock this person out.
     */
    private static final String BROWSER_HOST = "127.0.0.88";

    private static final String NETWORK = "demo-adults";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    PracticeService practices;
    @BeforeAll
    static void browser() {
        ChromeOptions options = new ChromeOptions();
        // the system's browser and driver: nothing is downloaded
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void browserClosed() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void loggedOut() {
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void noPageLoggedAnError() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("browser errors").isEmpty();
    }

    @AfterEach
    void networksOfThisTestRemoved() {
        jdbc.sql("delete from network where id like 'browser-test-%'").update();
    }

    @Test
    void aPersonLogsInAndOut() {
        open("/files");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        logIn("ops", "not-the-password");
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("Wrong user name or password");

        logIn("ops", "ops");
        // back where the person was going
        assertThat(browser.getCurrentUrl()).matches(".*/files(\\?continue)?");
        assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("ops");

        // a page that does not exist is still a page in the reader's language
        open("/practices/00000000097");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("404");
        // the browser reports the 404 itself; nothing else may be in its log
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .allSatisfy(e -> assertThat(e.getMessage()).contains("404"));

        open("/");
        browser.findElement(By.id("logout")).click();
        // the form's POST and its redirect run after the click returns
        await().atMost(WAIT).untilAsserted(() -> assertThat(browser.getCurrentUrl()).endsWith("/login?logout"));
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void anOpsUserFollowsAListJustAnsweredToItsLinesItsPracticesMoneyAndItsNetworksPlot() throws Exception {
        TestPractice practice = TestPractice.newOne("console-browser");
        practices.register(practice.registration("Practice seen in the browser", NETWORK, 500, "en"));
        String list = practice.listOf("WEB", 2) + practice.line("WEB-bad", TestPractice.nextPatient(), "2025-03-04",
                "000000") + "\n";
        sendList(practice.sftpUser(), "browser-list.csv", list);

        open("/");
        logIn("ops", "ops");
        assertThat(browser.findElement(By.id("health")).getText()).isNotBlank();

        open("/files");
        WebElement link = browser.findElements(By.cssSelector("#files a.file-link")).stream()
                .filter(a -> a.getText().equals("browser-list.csv")).findFirst().orElseThrow();
        link.click();
        assertThat(browser.findElement(By.id("file-name")).getText()).isEqualTo("browser-list.csv");
        assertThat(browser.findElements(By.cssSelector("#lines tr.accepted"))).hasSize(2);
        WebElement refused = browser.findElement(By.cssSelector("#lines tr.refused"));
        assertThat(refused.getText()).contains("WEB-bad").doesNotContain(practice.inami() + "9");

        open("/practices/" + practice.inami());
        assertThat(browser.findElement(By.id("practice-name")).getText()).isEqualTo("Practice seen in the browser");
        // tranche 1, 90% of the insurer's 66.10, is owed for each of the two sessions accepted
        assertThat(browser.findElement(By.cssSelector("#money tr[data-kind=TRANCHE_1] td.due")).getText())
                .isEqualTo("€118.98");
        assertThat(browser.findElement(By.id("capacity")).getText()).isEqualTo("2 / 500");
        assertThat(browser.findElement(By.cssSelector("#files")).getText()).contains("browser-list.csv");

        open("/networks/" + NETWORK);
        await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#use-chart svg")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#use-chart svg")).getText()).contains("Mar");
        Path shot = Path.of("target", "console-network.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);

        for (String page : List.of("/", "/files", "/practices", "/networks", "/practices/" + practice.inami(),
                "/networks/" + NETWORK, "/billing", "/returns", "/payments", "/dead-letters", "/audit", "/operations")) {
            open(page);
            assertThat(browser.findElements(By.cssSelector(".admin-control"))).as(page).isEmpty();
            assertThat(browser.findElements(By.cssSelector("form:not([action$='/logout'])"))).as(page).isEmpty();
        }
    }

    @Test
    void theOverviewShowsAListJustReceivedWithoutBeingReloaded() throws Exception {
        TestPractice practice = TestPractice.newOne("console-live");
        practices.register(practice.registration("Practice watched live", NETWORK, 500, "en"));
        open("/");
        logIn("ops", "ops");
        long before = Long.parseLong(browser.findElement(By.id("lists-today")).getText());
        // a mark in this page's own script state: a reload would lose it
        ((JavascriptExecutor) browser).executeScript("window.overviewNotReloaded = true;");

        drop(practice.sftpUser(), "live-list.csv", practice.listOf("LIVE", 1));
        await().atMost(Duration.ofSeconds(40)).ignoreExceptions().until(() ->
                Long.parseLong(browser.findElement(By.id("lists-today")).getText()) > before);

        assertThat(((JavascriptExecutor) browser).executeScript("return window.overviewNotReloaded === true;"))
                .isEqualTo(true);
        // still the page the login led to
        assertThat(browser.getCurrentUrl())
                .matches("http://" + BROWSER_HOST.replace(".", "\\.") + ":\\d+/(\\?continue)?");
        assertThat(browser.findElement(By.id("refresh-state")).getText()).isEqualTo("Refreshed every few seconds");
    }

    @Test
    void anAdminRegistersANetworkAndAPracticeThroughTheForms() {
        open("/networks");
        logIn("admin", "admin");

        fill("id", "browser-test-net");
        fill("name", "Network registered in the browser");
        new Select(browser.findElement(By.id("publicKind"))).selectByValue("CHILDREN");
        fill("yearlyContingent", "many");
        submitAndConfirm("register-network");
        assertThat(browser.findElement(By.id("yearlyContingent-error")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("name-error"))).isEmpty();

        fill("yearlyContingent", "2400");
        submitAndConfirm("register-network");
        assertThat(browser.getCurrentUrl()).endsWith("/networks/browser-test-net");
        assertThat(browser.findElement(By.id("network-name")).getText()).isEqualTo("Network registered in the browser");
        assertThat(browser.findElement(By.id("contingent")).getText()).isEqualTo("2400");

        TestPractice practice = TestPractice.newOne("console-form");
        open("/practices");
        fill("inami", practice.inami());
        fill("name", "Practice registered in the browser");
        fill("bce", "0812345603");
        fill("iban", "BE14063123456783");
        new Select(browser.findElement(By.id("networkId"))).selectByValue(NETWORK);
        fill("agreementStart", "01/01/2025");
        fill("yearlyCapacity", "300");
        fill("sftpUser", practice.sftpUser());
        fill("sftpPassword", "a-long-enough-password");
        new Select(browser.findElement(By.id("language"))).selectByValue("nl");
        submitAndConfirm("register-practice");
        assertThat(browser.getCurrentUrl()).endsWith("/practices/" + practice.inami());
        assertThat(browser.findElement(By.id("practice-name")).getText()).isEqualTo("Practice registered in the browser");
        assertThat(practices.find(practice.inami())).hasValueSatisfying(p ->
                assertThat(p.agreementStart()).isEqualTo(LocalDate.parse("2025-01-01")));

        open("/audit");
        assertThat(browser.findElement(By.id("audit")).getText())
                .contains("POST /networks", "id=browser-test-net", "POST /practices", "inami=" + practice.inami())
                .doesNotContain("a-long-enough-password");
    }

    @Test
    void anAdminStartsABillingRunFromTheBillingPage() {
        open("/billing");
        logIn("admin", "admin");
        long before = newestRun();

        submitAndConfirm("start-billing-run");
        await().atMost(WAIT).until(() -> newestRun() > before);
        // the page the run answers with shows it first
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(
                browser.findElement(By.cssSelector("#billing-runs tbody tr")).findElements(By.tagName("td")))
                .extracting(WebElement::getText).startsWith(String.valueOf(newestRun())).contains("CONSOLE"));
        assertThat(browser.getCurrentUrl()).endsWith("/billing");

        open("/audit");
        assertThat(browser.findElement(By.id("audit")).getText()).contains("POST /billing/runs");
    }

    private long newestRun() {
        return jdbc.sql("select coalesce(max(id), 0) from billing_run").query(Long.class).single();
    }

    private void open(String path) {
        browser.get("http://" + BROWSER_HOST + ":" + port + path);
    }

    private void logIn(String user, String password) {
        fill("username", user);
        fill("password", password);
        WebElement login = browser.findElement(By.id("login"));
        login.click();
        // the click returns before the browser has the next page: wait until the login page is gone
        await().atMost(WAIT).until(() -> isGone(login));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void submitAndConfirm(String button) {
        browser.findElement(By.id(button)).click();
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            browser.switchTo().alert().accept();
            return true;
        });
    }
}
