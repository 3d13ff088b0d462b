package kefu.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What a module asks the user making the request to do next ("month 2026-05 is computed but not yet
 * published", "3 appeals wait for a decision"), shown on the home page. Empty when there is nothing
 * for this user; like a {@link HomeCard} summary it must stay cheap.
 */
@FunctionalInterface
@NamedInterface("shell")
public interface TodoList {

  List<Todo> todos();

  /** One thing to do and the page where it is done. */
  record Todo(Message text, String path) {}
}
