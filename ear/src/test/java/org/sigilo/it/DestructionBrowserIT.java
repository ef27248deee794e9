package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Legal destroys an approved list in the portal: approves it, asks to destroy it and reads the
 * summary before confirming, watches the run to its end, then downloads the signed certificate and
 * hands it back for verification. A copy with one byte changed is not authentic.
 *
 * <p>The records are calls of 1993 on a class of the test's own; the sweep lists what was due by
 * the end of 1993, so the list holds exactly this test's records.
 */
class DestructionBrowserIT extends PortalInBrowser {

  private static WebElement waitFor(By locator) {
    return browser
        .waitUpTo(Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  @Test
  void legalApprovesDestroysAndVerifiesTheCertificate() throws Exception {
    String code = "destroy-" + UUID.randomUUID().toString().substring(0, 8);
    created(
        SigiloHttp.post(
            "/api/record-classes",
            DemoUser.RECORDS_MANAGER,
            Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Browser destruction")
                .build()
                .toString()));
    created(
        SigiloHttp.post(
            "/api/schedules",
            DemoUser.RECORDS_MANAGER,
            Json.createObjectBuilder()
                .add("recordClass", code)
                .add("period", "P1M")
                .add("disposition", "DESTROY")
                .add("twoPersonRule", true)
                .add("authority", "Browser Records Act, s. 3")
                .build()
                .toString()));
    long withRecording = documented(code);
    long plain = documented(code);
    var attached =
        SigiloHttp.send(
            HttpRequest.newBuilder(
                    URI.create(
                        SigiloHttp.baseUrl()
                            + "/api/calls/"
                            + withRecording
                            + "/attachments?name=recording.wav"))
                .header("Authorization", DemoUser.AGENT.basicAuthorization())
                .header("Content-Type", "audio/wav")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[4096]))
                .build());
    assertEquals(201, attached.statusCode(), attached.body());
    var swept = RetentionApiIT.sweep("1993-12-31");
    long listId = swept.getJsonNumber("dispositionListId").longValue();
    var submitted =
        SigiloHttp.post(
            "/api/disposition-lists/" + listId + "/submission", DemoUser.RECORDS_MANAGER, "");
    assertEquals(200, submitted.statusCode(), submitted.body());

    browser.signIn("legal", "legal-demo");
    browser.open("/retention/disposition-list.xhtml?id=" + listId);
    waitFor(By.id("list-summary"));
    driver().findElement(By.id("list-form:approve")).click();
    waitFor(By.id("confirm-form:confirm-yes")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("list-status"), "Approved"));

    waitFor(By.id("list-form:destroy")).click();
    WebElement summary = waitFor(By.id("list-form:destruction-summary"));
    assertTrue(summary.getText().contains("Destroy 2 records for good?"), summary.getText());
    assertTrue(
        driver().findElement(By.id("list-form:destruction-classes")).getText().contains(code),
        "the classes it destroys");
    assertEquals("0", driver().findElement(By.id("summary-excluded")).getText());
    browser.screenshot("destruction-confirmation");
    driver().findElement(By.id("list-form:destroy-confirm")).click();

    // the jobs page follows the run by itself until its certificate is issued
    WebElement certificateLink =
        browser
            .waitUpTo(Duration.ofMinutes(2))
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.id("runs-form:certificate-link")));
    assertEquals("2", driver().findElement(By.id("count-destroyed")).getText());
    assertEquals("0", driver().findElement(By.id("count-failed")).getText());
    assertEquals(
        "2 of 2 records dealt with",
        driver().findElement(By.id("destruction-counts-text")).getText());
    browser
        .waitUpTo(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("destruction-status"), "Completed"));
    assertEquals(
        "100",
        driver()
            .findElement(By.cssSelector("#runs-form\\:destruction-progress"))
            .getAttribute("aria-valuenow"));
    browser.screenshot("destruction-completed");
    certificateLink.click();

    WebElement row = waitFor(By.cssSelector("#search-form\\:certificates-table tbody tr"));
    assertTrue(row.getText().contains("2"), row.getText());
    String number = row.findElements(By.tagName("td")).get(0).getText();
    row.findElement(By.linkText("PDF")).click();
    Path pdf =
        browser.downloaded("destruction-certificate-" + number + ".pdf", Duration.ofSeconds(30));

    driver().findElement(By.id("verify-form:pdf")).sendKeys(pdf.toString());
    driver().findElement(By.id("verify-form:verify")).click();
    String verdict = waitFor(By.id("verdict")).getText();
    assertTrue(verdict.startsWith("Authentic: certificate no. " + number), verdict);
    browser.screenshot("certificate-verified");

    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 2] ^= 0x20;
    Path changed = pdf.resolveSibling("changed-" + pdf.getFileName());
    Files.write(changed, bytes);
    driver().findElement(By.id("verify-form:pdf")).sendKeys(changed.toString());
    driver().findElement(By.id("verify-form:verify")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("verdict"), "Not authentic."));

    // a search that finds nothing says what to do; a mistyped id is said and stays typed; the
    // search is still there after leaving the page
    By empty = By.cssSelector("#search-form\\:certificates-table .ui-datatable-empty-message");
    browser.open("/certificates/certificates.xhtml");
    waitFor(By.id("search-form:customer")).sendKeys("no-such-customer-" + code);
    driver().findElement(By.id("search-form:search")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                empty, "No certificate matches these filters."));
    driver().findElement(By.id("search-form:record-id")).sendKeys("twelve");
    driver().findElement(By.id("search-form:search")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-error"), "A record id is a whole number"));
    assertEquals(
        "twelve", driver().findElement(By.id("search-form:record-id")).getAttribute("value"));
    browser.open("/index.xhtml");
    browser.open("/certificates/certificates.xhtml");
    assertEquals(
        "no-such-customer-" + code, waitFor(By.id("search-form:customer")).getAttribute("value"));
    assertTrue(driver().findElement(empty).getText().contains("No certificate matches"));

    // the destroyed records are gone, and their ids find the certificate
    assertEquals(404, SigiloHttp.get("/api/calls/" + plain, DemoUser.LEGAL).statusCode());
    browser.open("/certificates/certificates.xhtml?recordId=" + withRecording);
    assertEquals(
        number, waitFor(By.cssSelector("#search-form\\:certificates-table tbody tr td")).getText());
  }

  private static void created(java.net.http.HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
  }

  private static long documented(String recordClass) {
    var created =
        SigiloHttp.post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("Browser destruction")
                .add("recordClass", recordClass)
                .add("occurredAt", "1993-03-03T10:00:00Z")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return SigiloHttp.object(created).getJsonNumber("id").longValue();
  }
}
