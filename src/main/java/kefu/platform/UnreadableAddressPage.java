package kefu.platform;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * An address the server cannot even decode (a broken escape such as {@code /employees/%ZZ}) is
 * refused by the server before the application sees it. Instead of the server's own error page, the
 * answer is the application's: a short page in the user's language (the language cookie, else the
 * browser's, else Chinese) with a way back, or an RFC 9457 problem under {@code /api/}.
 */
@Configuration
class UnreadableAddressPage {

  /** The server makes its error valve by class name, so the texts reach it through here. */
  private static volatile MessageSource texts;

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadableAddressValve(
      MessageSource messages) {
    texts = messages;
    return factory ->
        factory.addContextCustomizers(
            context -> {
              Host host = (Host) context.getParent();
              if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(Valve.class.getName());
              }
            });
  }

  /** Writes the application's answer for errors that never reached it. */
  public static class Valve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      MessageSource messages = texts;
      if (messages == null) {
        return;
      }
      Locale locale = locale(request);
      String code = status == 400 || status == 404 ? String.valueOf(status) : "500";
      String title = messages.getMessage("error." + code + ".title", null, locale);
      String text = messages.getMessage("error." + code + ".text", null, locale);
      String uri = request.getRequestURI();
      try {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (uri != null && uri.startsWith("/api/")) {
          response.setContentType("application/problem+json");
          write(response, problem(status, title, text));
        } else {
          response.setContentType("text/html");
          write(
              response, page(locale, title, text, messages.getMessage("error.back", null, locale)));
        }
      } catch (IOException | IllegalStateException e) {
        // the client went away or the answer was already under way: nothing more to say
      }
    }

    private static void write(Response response, String body) throws IOException {
      Writer out = response.getReporter();
      if (out != null) {
        out.write(body);
        response.finishResponse();
      }
    }

    private static String problem(int status, String title, String detail) {
      return "{\"type\":\"about:blank\",\"title\":\""
          + json(title)
          + "\",\"status\":"
          + status
          + ",\"detail\":\""
          + json(detail)
          + "\"}";
    }

    private static String page(Locale locale, String title, String text, String back) {
      return "<!DOCTYPE html><html lang=\""
          + locale.toLanguageTag()
          + "\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>"
          + HtmlUtils.htmlEscape(title)
          + "</title>"
          + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/dist/css/bootstrap.min.css\">"
          + "<link rel=\"stylesheet\" href=\"/css/kefu.css\"></head><body>"
          + "<main class=\"container\"><div class=\"alert alert-warning mt-4\"><h1 class=\"h4\">"
          + HtmlUtils.htmlEscape(title)
          + "</h1><p>"
          + HtmlUtils.htmlEscape(text)
          + "</p><a class=\"btn btn-primary\" href=\"/\">"
          + HtmlUtils.htmlEscape(back)
          + "</a></div></main></body></html>";
    }

    private static String json(String s) {
      return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** As the application's locale resolver decides: the language cookie, else the browser. */
    private static Locale locale(Request request) {
      Cookie[] cookies = request.getCookies();
      if (cookies != null) {
        for (Cookie c : cookies) {
          if ("kefu-lang".equals(c.getName()) && !c.getValue().isBlank()) {
            return Locale.forLanguageTag(c.getValue().replace('_', '-'));
          }
        }
      }
      String accept = request.getHeader("Accept-Language");
      if (accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")) {
        return Locale.ENGLISH;
      }
      return Locale.SIMPLIFIED_CHINESE;
    }
  }
}
