package kefu.pay;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import kefu.organization.Position;
import kefu.pay.MonthPay.Cited;
import kefu.policy.Adoption;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPack;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The pay sections in force for a store on a day: those of the latest adoption in force there that
 * has the section. Rewards and commission fall back to the built-in packs ({@value #REWARDS_PACK},
 * {@value #PAY_PACK}) where no adopted pack has them, so an entry is always valued; base-pay
 * citations and allowances come only from an adopted pay pack. A what-if run asks the same of its
 * own adoptions ({@link #with}).
 */
@Component
record PayPacks(PolicyCatalog catalog) {

  static final String REWARDS_PACK = "callcenter-100";
  static final String PAY_PACK = "ecommerce-pay";

  /** Built-in packs never change while Kefu runs: parsed once. */
  private static final Supplier<Cited<RewardTiers>> BUILT_IN_REWARDS =
      SingletonSupplier.of(() -> builtIn(REWARDS_PACK, RewardTiers.class));

  private static final Supplier<Cited<PayRules>> BUILT_IN_PAY =
      SingletonSupplier.of(() -> builtIn(PAY_PACK, PayRules.class));

  /** The reward tiers in force at the store on the day, else the built-in ones. */
  Cited<RewardTiers> rewards(String storeCode, LocalDate day) {
    return adopted().section(RewardTiers.class, storeCode, day).orElseGet(BUILT_IN_REWARDS);
  }

  /** The pay sections as the adopted packs put them in force. */
  InForce adopted() {
    return new InForce(catalog.adoptions());
  }

  /** The pay sections as {@code adoptions} would put them in force. */
  static InForce with(List<Adoption> adoptions) {
    return new InForce(adoptions);
  }

  /** The pay sections of one list of adoptions. */
  record InForce(List<Adoption> adoptions) {

    /** The pay section of an adopted pack in force at the store on the day, if any. */
    Optional<Cited<PayRules>> pay(String storeCode, LocalDate day) {
      return section(PayRules.class, storeCode, day);
    }

    /** The commission terms in force at the store on the day, else the built-in ones. */
    Optional<Cited<PayRules.Commission>> commission(String storeCode, LocalDate day) {
      return terms(storeCode, day, r -> Optional.ofNullable(r.commission()));
    }

    /**
     * The per-order commission of the post in the pay section in force at the store on the day,
     * else in the built-in one; none where that section pays the post the percentage.
     */
    Optional<Cited<PayRules.OrderCommission>> orderCommission(
        String storeCode, LocalDate day, Position position) {
      return terms(storeCode, day, r -> r.orderCommission(position));
    }

    private <T> Optional<Cited<T>> terms(
        String storeCode, LocalDate day, Function<PayRules, Optional<T>> part) {
      Cited<PayRules> rules = pay(storeCode, day).orElseGet(BUILT_IN_PAY);
      return part.apply(rules.terms())
          .map(t -> new Cited<>(t, rules.packId(), rules.packVersion()));
    }

    private <T> Optional<Cited<T>> section(Class<T> type, String storeCode, LocalDate day) {
      return adoptions.stream()
          .filter(a -> a.inForce(storeCode, day) && a.pack().section(type).isPresent())
          .max(Comparator.comparing(Adoption::effectiveFrom))
          .map(a -> cited(a.pack(), type));
    }
  }

  private static <T> Cited<T> builtIn(String id, Class<T> type) {
    return cited(BuiltInPacks.byId(id).orElseThrow(), type);
  }

  private static <T> Cited<T> cited(PolicyPack pack, Class<T> type) {
    return new Cited<>(pack.section(type).orElseThrow(), pack.id(), pack.version());
  }
}
