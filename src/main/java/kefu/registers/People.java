package kefu.registers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What the registers ask about the people they name. */
public interface People {

  /** The post the employee holds on the day; empty for an unknown code or someone not employed. */
  Optional<Post> postOn(String employeeCode, LocalDate day);

  /** Names by code for lists; unknown codes are left out. */
  Map<String, String> names(Collection<String> codes);
}
