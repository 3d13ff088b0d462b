package kefu.organization;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer kefu_…} on the API. The owner is loaded through the same
 * {@link UserDetailsService} as a Basic login, so role, store scope and the disabled/locked checks
 * are exactly those of the owner's password login; a bad token is answered 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;
  private final UserDetailsService accounts;
  private final AuthenticationEntryPoint unauthorized;
  private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

  BearerTokenFilter(
      ApiTokens tokens, UserDetailsService accounts, AuthenticationEntryPoint unauthorized) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.unauthorized = unauthorized;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    try {
      String username =
          tokens
              .owner(header.substring(BEARER.length()).strip())
              .orElseThrow(() -> new BadCredentialsException("unknown, revoked or expired token"));
      UserDetails user = accounts.loadUserByUsername(username);
      status.check(user);
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
      SecurityContextHolder.setContext(context);
    } catch (AuthenticationException e) {
      SecurityContextHolder.clearContext();
      unauthorized.commence(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
