package kefu.architecture;

import kefu.KefuApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under {@code kefu} is an application module: other modules may use only
 * its root package (or a named interface), and modules must not depend on each other in a cycle.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(KefuApplication.class);

  @Test
  void modules_only_use_each_others_public_api_and_have_no_cycles() {
    MODULES.verify();
  }

  @Test
  void module_diagrams_are_written_to_target() {
    new Documenter(
            MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
