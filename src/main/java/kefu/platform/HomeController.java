package kefu.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The landing page after login and the login page itself. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  /** Where Spring Security forwards a logged-in user who may not open a page. */
  @RequestMapping("/error/403")
  String denied(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "error/403";
  }
}
