package kefu.architecture;

import kefu.KefuApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under {@code kefu} is an application module. Its {@code package-info.java}
 * declares which modules it may use ({@code allowedDependencies}); other modules may use only its
 * root package or a named interface ({@code platform :: shell}, {@code policy :: spi}), never its
 * {@code web}, {@code api} or other sub-packages, and no two modules depend on each other in a
 * cycle.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(KefuApplication.class);

  @Test
  void modules_use_only_the_modules_and_interfaces_they_declare_and_have_no_cycles() {
    MODULES.verify();
  }

  /**
   * Writes the overview diagram, one component diagram and one canvas per module to {@code
   * docs/modules}, so the committed pictures of the contracts are those the build checked; a change
   * of a contract shows up as a change of these files in the same commit.
   */
  @Test
  void module_diagrams_and_canvases_are_written_to_docs_modules() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases()
        .writeAggregatingDocument();
  }
}
