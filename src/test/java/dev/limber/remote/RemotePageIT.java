package dev.limber.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The remote page in Debian's chromium through its chromedriver, as a phone would use it: open the
 * address with the token, start a session, pause it, and watch the status and the caption change.
 */
class RemotePageIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  // Selenium warns on every start that it has no DevTools classes for this chromium; none are used
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM.setLevel(Level.SEVERE);
  }

  @TempDir Path folder;
  private TestRemote remote;
  private WebDriver browser;

  @BeforeEach
  void open() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as(
            "the remote page's test needs Debian's chromium and chromium-driver (%s, %s): run scripts/test-deps",
            CHROMIUM, DRIVER)
        .isTrue();
    // the driver is named, so Selenium Manager never tries to download one
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    remote = new TestRemote(folder.resolve("home"), TestRemote.Card.PACED);
    ChromeOptions options =
        new ChromeOptions()
            .addArguments("--window-size=412,915")
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void close() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (remote != null) {
      remote.close();
    }
  }

  @Test
  void thePageStartsASessionPausesItAndShowsTheCaption() throws Exception {
    browser.get(remote.server.url());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

    WebElement play =
        wait.until(
            b ->
                b.findElements(By.cssSelector("button[data-session='tiny']")).stream()
                    .findFirst()
                    .orElse(null));
    assertThat(browser.getCurrentUrl())
        .doesNotContain("token"); // out of the address bar once it is kept
    assertThat(text("status")).startsWith("Idle");
    play.click();

    wait.until(b -> text("status").equals("Playing: Tiny"));
    wait.until(b -> text("step").startsWith("Step 1 of 3: Reach"));
    wait.until(b -> text("caption").equals("Reach."));
    assertThat(text("next")).isEqualTo("Next: Bend");
    assertThat(text("announce")).isEqualTo("Playing. Step 1 of 3: Reach");

    WebElement pause = browser.findElement(By.id("pause"));
    assertThat(pause.getTagName()).isEqualTo("button");
    assertThat(pause.getText()).isEqualTo("Pause");
    pause.click();
    wait.until(b -> text("status").equals("Paused: Tiny"));
    wait.until(b -> pause.getText().equals("Resume"));
    wait.until(b -> text("caption").equals("Paused."));
    assertThat(text("announce")).startsWith("Paused.");

    pause.click();
    wait.until(b -> text("status").equals("Playing: Tiny"));
    wait.until(b -> text("step").startsWith("Step 2 of 3: Bend"));
    Files.write(
        Path.of("target/remote-page.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    browser.findElement(By.id("stop")).click();
    wait.until(b -> text("status").startsWith("Idle. Last: Tiny, quit"));
    assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
  }

  @Test
  void withoutTheTokenThePageSaysHowToGetIn() {
    browser.get("http://127.0.0.1:" + remote.server.port() + "/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

    wait.until(b -> b.findElement(By.id("problem")).isDisplayed());
    assertThat(text("problem")).startsWith("No token: open the address that limber serve printed");
  }

  private String text(String id) {
    // textContent, not getText: the live region is visually hidden, and hidden text has no getText
    return browser.findElement(By.id(id)).getAttribute("textContent").strip();
  }
}
