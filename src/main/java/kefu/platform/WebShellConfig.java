package kefu.platform;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Clock, language (Chinese unless the user switched; the switch is kept in a cookie) and how forms
 * read amounts.
 */
@Configuration
class WebShellConfig implements WebMvcConfigurer {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("kefu-lang");
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  /** Amounts in forms are read as people type them (see {@link Amounts}). */
  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(
        BigDecimal.class,
        new Formatter<BigDecimal>() {
          @Override
          public BigDecimal parse(String text, Locale locale) throws ParseException {
            BigDecimal amount = Amounts.parse(text);
            if (amount == null) {
              throw new ParseException(text, 0);
            }
            return amount;
          }

          @Override
          public String print(BigDecimal amount, Locale locale) {
            return amount.toPlainString();
          }
        });
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    registry.addInterceptor(change);
  }
}
