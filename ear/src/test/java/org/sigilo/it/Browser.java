package org.sigilo.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
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

  public Browser() {
    for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!new File(binary).canExecute()) {
        throw new IllegalStateException(
            binary
                + " is missing: install Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver; .ci/run does this).");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
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
        "--lang=en-GB");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(SigiloHttp.baseUrl() + path);
  }

  public WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Fills and submits the login form, then waits for the page it leads to. */
  public void signIn(String username, String password) {
    open("/login.xhtml");
    driver.findElement(By.id("login-form:username")).sendKeys(username);
    driver.findElement(By.id("login-form:password")).sendKeys(password);
    driver.findElement(By.id("login-form:sign-in")).click();
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
