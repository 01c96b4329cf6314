package dev.ispconfig.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against the app on
 * the embedded simulator: it loads, shows the panel as UP, and its counters move after calls. Skipped without
 * Chromium, unless {@code ISPCONFIG_REQUIRE_CHROMIUM=1} (as CI sets) makes that a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Operator.USER_PROPERTY, Operator.PASSWORD_PROPERTY})
class DashboardPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    private int port;

    @TempDir
    Path profile;

    private ChromeDriver browser;

    @BeforeEach
    void startChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "1".equals(System.getenv("ISPCONFIG_REQUIRE_CHROMIUM"))) {
            throw new IllegalStateException("ISPCONFIG_REQUIRE_CHROMIUM=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "no chromium/chromedriver: dashboard test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As the machine's probe starts it: no sandbox as root, and no background traffic to hosts it cannot reach.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePageShowsThePanelUpAndItsCountersMoveAfterCalls() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // The dashboard is behind the login form, as is every endpoint but the health status.
        wait.until(page -> page.getCurrentUrl().endsWith("/login"));
        browser.findElement(By.name("username")).sendKeys(Operator.NAME);
        browser.findElement(By.name("password")).sendKeys(Operator.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(page -> !page.getCurrentUrl().contains("/login"));

        wait.until(page -> "UP".equals(text("health-status")));
        assertThat(browser.getTitle()).contains("ISPConfig");
        assertThat(text("drift-detail")).contains("functions");
        int before = Integer.parseInt(text("total-calls"));

        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/sites/1")).isEqualTo(200);
        }
        assertThat(get("/api/sites/999999")).as("a missing site: a fault the page counts").isEqualTo(404);

        wait.until(page -> Integer.parseInt(text("total-calls")) >= before + 4);
        wait.until(page -> browser.findElement(By.cssSelector("#methods tbody")).getText()
                .contains("sites_web_domain_get"));
        assertThat(Integer.parseInt(text("live-sessions"))).isGreaterThanOrEqualTo(1);

        // The charts draw what changed: calls per second and the latency of the calls just made, with uPlot.
        JavascriptExecutor js = (JavascriptExecutor) browser;
        wait.until(page -> ((Number) js.executeScript(
                "return window.dashboardCharts.calls.pointsAboveZero('calls')")).intValue() >= 1);
        // uPlot draws a series from its second point on.
        wait.until(page -> ((Number) js.executeScript("return window.dashboardCharts.calls.data[0].length"))
                .intValue() >= 2);
        wait.until(page -> ((Number) js.executeScript("return window.dashboardCharts.latency.names.length"))
                .intValue() >= 1);
        assertThat(browser.findElements(By.cssSelector("#chart-calls canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-latency canvas"))).isNotEmpty();
        for (String method : new String[] {"sites_web_domain_get"}) {
            assertThat((String) js.executeScript("return window.dashboardCharts.latency.names.join(',')"))
                    .contains(method);
        }
        assertThat(Integer.parseInt(text("logins"))).isGreaterThanOrEqualTo(1);

        File screenshot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "dashboard.png");
        Files.copy(screenshot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();

        // A refresh that cannot read the metrics draws no point: read as zeros, it would draw a drop, then a spike of
        // every call ever made divided by two seconds.
        int total = Integer.parseInt(text("total-calls"));
        js.executeScript("window.realFetch = window.fetch; window.fetch = (url, options) => "
                + "String(url).startsWith('/actuator/metrics') ? Promise.resolve(new Response('', {status: 503})) "
                + ": window.realFetch(url, options);");
        wait.until(page -> text("updated").startsWith("refresh failed"));
        int points = ((Number) js.executeScript("return window.dashboardCharts.calls.data[0].length")).intValue();
        js.executeScript("window.fetch = window.realFetch;");
        wait.until(page -> ((Number) js.executeScript("return window.dashboardCharts.calls.data[0].length"))
                .intValue() >= points + 2);
        double highest = ((Number) js.executeScript("return Math.max(...window.dashboardCharts.calls.data[1]"
                + ".slice(" + points + "))")).doubleValue();
        assertThat(highest).as("calls/s after the failed refresh, with %d calls made in all", total)
                .isLessThan(total / 2.0);

        // A series with no value left in the five minutes leaves the chart and its legend.
        assertThat((String) js.executeScript("const box = document.createElement('div'); box.id = 'scratch'; "
                + "document.body.appendChild(box); const chart = new Chart('scratch', '/s'); "
                + "chart.add(0, {a: 1}); chart.add(1, {b: 1}); chart.add(400, {b: 2}); return chart.names.join(',');"))
                .isEqualTo("b");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private int get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", Operator.BASIC).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
