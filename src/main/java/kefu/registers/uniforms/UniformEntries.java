package kefu.registers.uniforms;

import java.util.Optional;
import java.util.Set;
import kefu.registers.Correctable;
import org.springframework.stereotype.Component;

/**
 * The uniform register's entries that may be corrected: movements (receipts, issues, scraps) and
 * damage or loss reports. The register is kept for the whole group, so no store.
 */
@Component
class UniformEntries implements Correctable {

  private final UniformStore store;

  UniformEntries(UniformStore store) {
    this.store = store;
  }

  @Override
  public Set<String> entries() {
    return Set.of("uniform-movement", "uniform-damage");
  }

  @Override
  public Optional<Kept> find(String entry, long id) {
    boolean found =
        switch (entry) {
          case "uniform-movement" -> store.movement(id).isPresent();
          case "uniform-damage" -> store.damage(id).isPresent();
          default -> false;
        };
    return found ? Optional.of(new Kept(null)) : Optional.empty();
  }
}
