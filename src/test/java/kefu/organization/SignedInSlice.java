package kefu.organization;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A {@link WebSlice} test with one caller: the mocked {@link CurrentUser} answers the caller's
 * scope before each test, and {@link #login()} signs a request in with the caller's name and role.
 */
public abstract class SignedInSlice {

  /** The group's customer-service lead, who sees every store. */
  public static final AccessScope GROUP_CS = new AccessScope("groupcs", Role.GROUP_CS, null, null);

  /** Store S01's customer-service manager. */
  public static final AccessScope S01_CS = new AccessScope("s01cs", Role.CS_MANAGER, 1L, null);

  @Autowired protected MockMvc mvc;
  @Autowired protected CurrentUser currentUser;

  /** Whose scope the slice's services see. */
  protected final AccessScope caller;

  protected SignedInSlice(AccessScope caller) {
    this.caller = caller;
  }

  @BeforeEach
  void callerIsSignedIn() {
    when(currentUser.scope()).thenReturn(caller);
  }

  /** The caller's login on a request. */
  protected RequestPostProcessor login() {
    return user(caller.username()).roles(caller.role().name());
  }
}
