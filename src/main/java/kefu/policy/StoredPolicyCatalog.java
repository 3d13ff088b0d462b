package kefu.policy;

import java.util.List;
import java.util.Map;
import kefu.platform.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog the ledger and the month close read: every stored adoption with the exact version it
 * adopted, parsed from that version's stored text (never from the latest one).
 */
@Component
class StoredPolicyCatalog implements PolicyCatalog {

  private final PackStore store;
  private final ParsedPacks parsed;
  private final TransactionMemo memo;

  StoredPolicyCatalog(PackStore store, ParsedPacks parsed, TransactionMemo memo) {
    this.store = store;
    this.parsed = parsed;
    this.memo = memo;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Adoption> adoptions() {
    return memo.get(
        "catalog",
        () ->
            withPacks(store.adoptions()).entrySet().stream()
                .map(e -> e.getKey().toAdoption(e.getValue()))
                .toList());
  }

  /** The adoptions with their parsed packs, in the store's order. */
  Map<PackAdoption, PolicyPack> withPacks(List<PackAdoption> adoptions) {
    Map<PackAdoption, PolicyPack> result = new java.util.LinkedHashMap<>();
    for (PackAdoption a : adoptions) {
      PolicyPack pack =
          parsed.of(
              a.pack(),
              () -> store.version(a.pack()).orElseThrow(() -> new NotFound("pack " + a.pack())));
      result.put(a, pack);
    }
    return result;
  }
}
