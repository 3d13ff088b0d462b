package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser test needs: one headless Chromium per test class against the application on a
 * random port, a fresh login per scenario, message lookup in either language, and after each
 * scenario a screenshot in {@code target/screenshots/} and a check that the Content-Security-Policy
 * refused nothing. Subclasses share one application context (same configuration), so each must
 * create or pick the data it changes. Skipped where {@code /usr/bin/chromium} or {@code
 * /usr/bin/chromedriver} is missing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kefu.admin-password=admin-test-pw")
@ActiveProfiles("test")
public abstract class BrowserPages {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  protected static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  protected static final Locale EN = Locale.ENGLISH;
  protected static final String ADMIN_PASSWORD = "admin-test-pw";
  protected static final String DEMO_PASSWORD = "kefu-demo-2026";

  protected static WebDriver driver;
  protected static WebDriverWait wait;
  private static Path profile;
  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

  @LocalServerPort protected int port;
  @Autowired protected MessageSource messages;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER);
    Files.createDirectories(SCREENSHOTS);
    profile = Files.createTempDirectory("kefu-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        // Bootstrap scrolls smoothly unless motion is reduced: a click on an element below the
        // window would land while the page is still moving
        "--force-prefers-reduced-motion",
        "--user-data-dir=" + profile);
    // the console is where Chromium reports what the Content-Security-Policy refused
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      profile = null;
    }
  }

  @AfterEach
  void screenshot(TestInfo info) throws IOException {
    if (driver == null) {
      return;
    }
    assertNoPolicyViolations();
    int order =
        info.getTestMethod().map(m -> m.getAnnotation(Order.class)).map(Order::value).orElse(0);
    String name = info.getTestMethod().map(m -> m.getName()).orElse("scenario");
    saveScreenshot(
        SCREENSHOTS.resolve(
            String.format("%s-%02d-%s.png", getClass().getSimpleName(), order, name)));
  }

  /** A POST to the API as the administrator, which must succeed; its body. */
  protected String api(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(200, 201);
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** A fresh session (and the default language) for the given user, through the login form. */
  protected void logIn(String user, String password) {
    driver.get(url("/login"));
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
  }

  protected void type(By field, String value) {
    WebElement input = driver.findElement(field);
    input.clear();
    input.sendKeys(value);
  }

  /** Date inputs take their value in ISO form from script; typing depends on the browser locale. */
  protected void setDate(By field, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            driver.findElement(field),
            isoDate);
  }

  /** Fails on any console message about the Content-Security-Policy since the last look. */
  static void assertNoPolicyViolations() {
    List<String> violations =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy"))
            .toList();
    assertThat(violations).as("Content-Security-Policy violations").isEmpty();
  }

  protected static void saveScreenshot(Path file) throws IOException {
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Waits until {@code old} is no longer part of the page, after a submit or a reload. While the
   * page changes, Chromium reports the old node either as stale or as not belonging to the
   * document; both mean it is gone.
   */
  protected static void awaitGone(WebElement old) {
    wait.until(
        d -> {
          try {
            old.isEnabled();
            return false;
          } catch (WebDriverException e) {
            return true;
          }
        });
  }
}
