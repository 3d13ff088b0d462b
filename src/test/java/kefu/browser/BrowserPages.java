package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kefu.organization.AccessScope;
import kefu.organization.EmployeeForm;
import kefu.organization.Level;
import kefu.organization.Organization;
import kefu.organization.Position;
import kefu.organization.Role;
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
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  protected static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  protected static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @LocalServerPort protected int port;
  @Autowired protected MessageSource messages;
  @Autowired protected Organization organization;

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
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
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
    return api("admin", ADMIN_PASSWORD, path, json);
  }

  /** A POST to the API as {@code user}, which must succeed; its body. */
  protected String api(String user, String password, String path, String json) {
    return send(
        as(user, password, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A GET from the API as the administrator, which must succeed; its body. */
  protected String get(String path) {
    return send(as("admin", ADMIN_PASSWORD, path).GET().build());
  }

  private HttpRequest.Builder as(String user, String password, String path) {
    return HttpRequest.newBuilder(URI.create(url(path)))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private static String send(HttpRequest request) {
    String path = request.uri().getPath();
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

  /** The first {@code "id"} in a JSON answer of the API. */
  protected static long firstId(String body) {
    Matcher m = ID.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** A code no other scenario uses: {@code prefix} and five random digits. */
  protected static String unique(String prefix) {
    return prefix + ThreadLocalRandom.current().nextInt(10_000, 99_999);
  }

  /**
   * A store of the scenario's own, so no other scenario's lists change, named {@code name} and its
   * code; the code.
   */
  protected String newStore(String prefix, String name) {
    String code = unique(prefix);
    organization.createStore(ADMIN, code, name + code);
    return code;
  }

  /** A junior employee on 3000 a month, as the employee form sends one. */
  protected static EmployeeForm employeeForm(
      String code, String name, String store, Position position, LocalDate hiredOn) {
    EmployeeForm f = new EmployeeForm();
    f.setCode(code);
    f.setName(name);
    f.setStoreCode(store);
    f.setPosition(position);
    f.setLevel(Level.JUNIOR);
    f.setHiredOn(hiredOn);
    f.setBaseSalary(new BigDecimal("3000"));
    return f;
  }

  /** Hires a junior employee on 3000 a month as the administrator; their code. */
  protected String hire(
      String code, String name, String store, Position position, LocalDate hiredOn) {
    return hire(employeeForm(code, name, store, position, hiredOn));
  }

  /** Hires the employee of the form as the administrator; their code. */
  protected String hire(EmployeeForm form) {
    return organization.createEmployee(ADMIN, form).getCode();
  }

  /**
   * A store of the scenario's own made through the API, named {@code name} and its code, with a
   * junior CS agent for each of {@code agents}: their code is the store's and the suffix, their
   * name 坐席 and their code; the store's code.
   */
  protected String storeThroughApi(String prefix, String name, String... agents) {
    String code = unique(prefix);
    api("/api/v1/stores", "{\"code\":\"%s\",\"name\":\"%s%s\"}".formatted(code, name, code));
    for (String suffix : agents) {
      String agent = code + suffix;
      api(
          "/api/v1/employees",
          """
          {"code":"%s","name":"坐席%s","storeCode":"%s","position":"CS_AGENT","level":"JUNIOR",
           "hiredOn":"2025-03-01","baseSalary":3000.00}"""
              .formatted(agent, agent, code));
    }
    return code;
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

  /** Clicks an element wherever the page has scrolled it (long forms push it out of view). */
  protected static void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", element);
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
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
