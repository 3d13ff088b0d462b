package kefu.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The landing page after login, made of what the modules contribute, and the login page. */
@Controller
class HomeController {

  private final List<HomeCard> cards;
  private final List<TodoList> todoLists;

  HomeController(List<HomeCard> cards, List<TodoList> todoLists) {
    this.cards = cards.stream().sorted(Comparator.comparingInt(HomeCard::order)).toList();
    this.todoLists = todoLists;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("cards", cards);
    model.addAttribute("todos", todoLists.stream().flatMap(list -> list.todos().stream()).toList());
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
