package kefu.organization;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the API answers HTTP Basic or a personal bearer token statelessly with problem details
 * for 401/403; the web UI uses a login form, a session and CSRF tokens.
 */
@Configuration
class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt by default, and able to read other encodings should the default change later
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserDetailsService accounts)
      throws Exception {
    AuthenticationEntryPoint unauthorized =
        (req, res, ex) -> problem(res, 401, "Unauthorized", "credentials required");
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .addFilterBefore(
            new BearerTokenFilter(tokens, accounts, unauthorized), BasicAuthenticationFilter.class)
        .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (req, res, ex) -> problem(res, 403, "Forbidden", "not allowed")))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http, @Value("${kefu.api-docs.public:false}") boolean apiDocsPublic)
      throws Exception {
    http.authorizeHttpRequests(
        a -> {
          // the API description lists every endpoint: open only where an operator chose so
          var apiDocs = a.requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
          if (apiDocsPublic) {
            apiDocs.permitAll();
          } else {
            apiDocs.authenticated();
          }
          a.requestMatchers(
                  "/login",
                  "/webjars/**",
                  "/css/**",
                  "/js/**",
                  "/img/**",
                  "/favicon.ico",
                  "/error",
                  "/error/**",
                  "/actuator/health",
                  "/actuator/health/**")
              .permitAll()
              .requestMatchers("/admin/**", "/actuator/metrics", "/actuator/metrics/**")
              .hasRole(Role.ADMIN.name())
              .anyRequest()
              .authenticated();
        });
    http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
        .httpBasic(Customizer.withDefaults())
        .exceptionHandling(e -> e.accessDeniedPage("/error/403"));
    pageHeaders(http);
    return http.build();
  }

  /**
   * Pages run only the scripts and styles they load from this server: no inline code, so injected
   * markup cannot run script. Bootstrap draws its icons from data: SVGs. Links to other sites do
   * not carry the page address along. X-Content-Type-Options and the frame denial stay on from
   * Spring Security's defaults.
   */
  private static void pageHeaders(HttpSecurity http) throws Exception {
    http.headers(
        h ->
            h.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self';"
                                + " img-src 'self' data:; font-src 'self'; connect-src 'self';"
                                + " object-src 'none'; base-uri 'self'; form-action 'self';"
                                + " frame-ancestors 'none'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
  }

  private static void problem(HttpServletResponse res, int status, String title, String detail)
      throws java.io.IOException {
    res.setStatus(status);
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
