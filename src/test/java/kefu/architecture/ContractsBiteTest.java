package kefu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The checks that guard the real modules ({@link ModularityTest}, {@link ArchitectureTest}) fail on
 * an application that breaks its contracts ({@code kefu.architecture.contracts}): green builds mean
 * the contracts hold, not that the checks look at nothing.
 */
class ContractsBiteTest {

  private static final String FIXTURE = "kefu.architecture.contracts";

  @Test
  void modulith_refuses_a_dependency_the_package_info_does_not_allow_and_a_use_of_internals() {
    List<String> violations =
        ApplicationModules.of(FIXTURE, location -> true).detectViolations().getMessages();

    assertThat(violations)
        .containsExactlyInAnyOrder(
            "Module 'billing' depends on module 'orders' via"
                + " kefu.architecture.contracts.billing.Invoices ->"
                + " kefu.architecture.contracts.orders.web.OrderPage. Allowed targets: orders.",
            "Module 'shipping' depends on module 'orders' via"
                + " kefu.architecture.contracts.shipping.Parcels ->"
                + " kefu.architecture.contracts.orders.Orders. Allowed targets: none.");
  }

  @Test
  void the_entry_point_rule_refuses_a_module_that_uses_another_modules_web_package() {
    EvaluationResult result =
        ModuleEntryPoints.areUsedOnlyInsideTheirModule(FIXTURE)
            .evaluate(new ClassFileImporter().importPackages(FIXTURE));

    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).contains("Invoices", "OrderPage"));
  }
}
