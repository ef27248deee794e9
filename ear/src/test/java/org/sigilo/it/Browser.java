package org.sigilo.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with binary and driver named explicitly (so Selenium
 * Manager never tries to download one) and the flags that keep Chromium off the network.
 */
public final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final Path downloads;

  /** A browser whose language (and Accept-Language) is British English. */
  public Browser() {
    this("en-GB");
  }

  /** A browser that asks for pages in {@code language} (a tag such as "es"), as its user set it. */
  public Browser(String language) {
    for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!new File(binary).canExecute()) {
        throw new IllegalStateException(
            binary
                + " is missing: install Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver; .ci/run does this).");
      }
    }
    try {
      downloads = Files.createTempDirectory("sigilo-downloads-");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // downloads land in a directory of this browser's own, without asking
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            language));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + language);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Where this browser saves downloads. */
  public Path downloads() {
    return downloads;
  }

  /** Waits until the download of {@code fileName} is complete; answers the file. */
  public Path downloaded(String fileName, Duration timeout) {
    Path file = downloads.resolve(fileName);
    waitUpTo(timeout)
        .until(
            ignored ->
                Files.isRegularFile(file)
                    && !Files.exists(downloads.resolve(fileName + ".crdownload")));
    return file;
  }

  public void open(String path) {
    driver.get(SigiloHttp.baseUrl() + path);
  }

  /**
   * A wait that looks again when the page it looked at is being replaced: Chromium then answers
   * "stale element" or "node does not belong to the document" (a plain WebDriverException). A wait
   * that never succeeds still fails, with the last of these as its cause.
   */
  public WebDriverWait waitUpTo(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /** Fills and submits the login form, then waits for the page it leads to. */
  public void signIn(String username, String password) {
    open("/login.xhtml");
    driver.findElement(By.id("login-form:username")).sendKeys(username);
    driver.findElement(By.id("login-form:password")).sendKeys(password);
    WebElement signIn = driver.findElement(By.id("login-form:sign-in"));
    signIn.click();
    // the sign-in page has a heading too: first wait for it to go, then for the next page's
    waitUpTo(Duration.ofSeconds(20))
        .until(
            ignored -> {
              try {
                signIn.getTagName();
                return false;
              } catch (WebDriverException gone) {
                // stale, or (while the next page loads) "does not belong to the document"
                return true;
              }
            });
    waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
  }

  public Path screenshot(String name) throws java.io.IOException {
    Path directory = Path.of(System.getProperty("sigilo.it.screenshots", "target/screenshots"));
    Files.createDirectories(directory);
    Path file = directory.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
