package kefu.registers.keys;

import java.util.Optional;
import java.util.Set;
import kefu.registers.Correctable;
import org.springframework.stereotype.Component;

/** The key register's entries that may be corrected: loans, emergency openings and losses. */
@Component
class KeyEntries implements Correctable {

  private final KeyStore store;

  KeyEntries(KeyStore store) {
    this.store = store;
  }

  @Override
  public Set<String> entries() {
    return Set.of("key-loan", "key-emergency-opening", "key-loss");
  }

  @Override
  public Optional<Kept> find(String entry, long id) {
    Optional<String> storeCode =
        switch (entry) {
          case "key-loan" -> store.loan(id).map(KeyLoan::storeCode);
          case "key-emergency-opening" -> store.opening(id).map(EmergencyOpening::storeCode);
          case "key-loss" -> store.loss(id).map(KeyLoss::storeCode);
          default -> Optional.empty();
        };
    return storeCode.map(Kept::new);
  }
}
