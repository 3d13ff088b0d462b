package kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a browser gets over the wire from the real server: pages and assets compressed, assets under
 * URLs that name their content so they can be kept a year. Same context as the browser tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kefu.admin-password=admin-test-pw")
@ActiveProfiles("test")
class WebDeliveryTest {

  private static final Pattern BOOTSTRAP_CSS =
      Pattern.compile(
          "href=\"(/webjars/bootstrap/[^/\"]+/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css)\"");

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Encoding", "gzip")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void pagesAndAssetsAreCompressedAndAssetsCachedForAYearUnderVersionedUrls() throws Exception {
    HttpResponse<byte[]> login = get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String page = gunzip(login.body());
    Matcher css = BOOTSTRAP_CSS.matcher(page);
    assertThat(css.find())
        .as("the page links bootstrap by a content-hashed URL:\n" + page)
        .isTrue();

    HttpResponse<byte[]> asset = get(css.group(1));
    assertThat(asset.statusCode()).isEqualTo(200);
    assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(asset.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "public"));
    assertThat(asset.body().length).as("compressed").isLessThan(100_000);
    assertThat(gunzip(asset.body())).contains("Bootstrap");
  }
}
