package kefu.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records every login and every failed one. An API call with HTTP Basic authenticates on every
 * request, so only interactive (form) logins count as logins; failures are logged either way.
 */
@Component
class LoginAuditor {

  private final AuditTrail trail;

  LoginAuditor(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void onSuccess(InteractiveAuthenticationSuccessEvent event) {
    String name = event.getAuthentication().getName();
    trail.record(name, AuditAction.LOGIN, "user", name, null, null, null);
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    String name = String.valueOf(event.getAuthentication().getPrincipal());
    trail.record(
        name,
        AuditAction.LOGIN_FAILED,
        "user",
        name,
        null,
        null,
        event.getException().getClass().getSimpleName());
  }
}
