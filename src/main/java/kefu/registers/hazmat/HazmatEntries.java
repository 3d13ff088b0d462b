package kefu.registers.hazmat;

import java.util.Optional;
import java.util.Set;
import kefu.registers.Correctable;
import org.springframework.stereotype.Component;

/** The hazardous-materials register's entries that may be corrected: receipts, draws, returns. */
@Component
class HazmatEntries implements Correctable {

  private final HazmatStore store;

  HazmatEntries(HazmatStore store) {
    this.store = store;
  }

  @Override
  public Set<String> entries() {
    return Set.of("hazmat-movement");
  }

  @Override
  public Optional<Kept> find(String entry, long id) {
    return store.movement(id).map(m -> new Kept(m.storeCode()));
  }
}
