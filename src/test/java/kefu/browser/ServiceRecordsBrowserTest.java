package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Doc 000 §1 in the browser: a store's callback gets its recording through the callback page and
 * plays there; group CS draws a spot-check sample, hears the recording on the check screen, marks a
 * callback without recording and sees its incident recorded, finds the store on the quota page and
 * unmasks a customer number. Each scenario opens a store of its own in June 2026, which no other
 * browser class uses.
 */
class ServiceRecordsBrowserTest extends BrowserPages {

  /** A store with two agents; its code. */
  private String store() {
    return storeThroughApi("Z", "浏览器店", "A", "B");
  }

  private long callback(String store, String agent, String day) {
    String body =
        api(
            "/api/v1/callbacks",
            """
            {"storeCode":"%s","employeeCode":"%s","kind":"AFTER_SALES","calledAt":"2026-06-%sT10:00:00+08:00",
             "customerName":"赵先生","customerPhone":"13812345678","result":"SATISFIED","reportedData":"保养满意"}"""
                .formatted(store, agent, day));
    return firstId(body);
  }

  /** Half a second of real 8 kHz 16-bit mono PCM audio, as a WAV file the browser can play. */
  private static Path wavFile() throws IOException {
    int samples = 4000;
    ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
    b.putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
    for (int i = 0; i < samples; i++) {
      b.putShort((short) (Math.sin(i / 4.0) * 8000));
    }
    Path file = Files.createTempFile("callback", ".wav");
    Files.write(file, b.array());
    return file;
  }

  /** The player has read the recording's header through the server's byte ranges. */
  private void awaitPlayable(WebElement audio) {
    wait.until(
        d ->
            ((Number)
                        ((JavascriptExecutor) d)
                            .executeScript("return arguments[0].readyState;", audio))
                    .intValue()
                >= 1);
    Object duration =
        ((JavascriptExecutor) driver).executeScript("return arguments[0].duration;", audio);
    assertThat(((Number) duration).doubleValue()).isBetween(0.4, 0.6);
  }

  @Test
  void aRecordingUploadedOnTheCallbackPagePlaysThereAndTheFullNumberIsShownOnRequest()
      throws IOException {
    String store = store();
    long id = callback(store, store + "A", "03");
    Path wav = wavFile();

    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/callbacks/" + id));
    assertThat(driver.findElement(By.id("customer-phone")).getText()).isEqualTo("138****5678");
    assertThat(driver.findElement(By.id("no-recording")).getText())
        .isEqualTo(text("callback.noRecording", ZH));
    driver.findElement(By.id("recording-file")).sendKeys(wav.toAbsolutePath().toString());
    driver.findElement(By.id("upload-recording")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".alert-success"), text("recording.saved", ZH)));
    awaitPlayable(driver.findElement(By.id("recording-player")));

    driver.findElement(By.id("unmask")).click();
    wait.until(ExpectedConditions.textToBe(By.id("customer-phone"), "13812345678"));
    Files.delete(wav);
  }

  @Test
  void groupCsDrawsASampleListensOnTheCheckScreenAndAMissingRecordingBecomesAnIncident()
      throws IOException {
    String store = store();
    long recorded = callback(store, store + "A", "04");
    long unrecorded = callback(store, store + "B", "05");
    Path wav = wavFile();

    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/callbacks/" + recorded));
    driver.findElement(By.id("recording-file")).sendKeys(wav.toAbsolutePath().toString());
    driver.findElement(By.id("upload-recording")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recording-player")));

    driver.get(url("/spot-checks?month=2026-06"));
    new Select(driver.findElement(By.id("check-store"))).selectByValue(store);
    setDate(By.id("check-month"), "2026-06");
    type(By.id("check-seed"), "42");
    driver.findElement(By.id("start-check")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".alert-success"), text("spotCheck.started", ZH)));

    WebElement withRecording =
        driver.findElement(By.cssSelector(".spot-check-item[data-callback='" + recorded + "']"));
    awaitPlayable(withRecording.findElement(By.tagName("audio")));
    WebElement without =
        driver.findElement(By.cssSelector(".spot-check-item[data-callback='" + unrecorded + "']"));
    assertThat(without.findElement(By.className("no-recording")).getText())
        .isEqualTo(text("callback.noRecording", ZH));
    new Select(without.findElement(By.name("verdict"))).selectByValue("MATCH");
    WebElement judge = without.findElement(By.cssSelector("button[type=submit]"));
    judge.click();
    // the check screen's own success alert stays until the verdict's page replaces it
    awaitGone(judge);

    WebElement done =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
    assertThat(done.getText()).startsWith(text("spotCheck.judgedIncident", ZH, "").split("#")[0]);
    assertThat(
            driver
                .findElement(
                    By.cssSelector(".spot-check-item[data-callback='" + unrecorded + "'] .verdict"))
                .getText())
        .isEqualTo(text("spotCheck.verdict.NO_RECORDING", ZH));

    driver.get(url("/spot-checks/quota?month=2026-06"));
    WebElement row =
        driver.findElement(By.cssSelector("#quota-table tr[data-store='" + store + "']"));
    assertThat(row.findElement(By.className("shortfall")).getText()).isEqualTo("2");
    Files.delete(wav);
  }
}
