package kefu.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
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
  void module_diagrams_and_canvases_are_written_to_docs_modules() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases()
        .writeAggregatingDocument();
    try (Stream<Path> diagrams = Files.list(DOCS)) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
        Files.write(diagram, relationsSorted(Files.readAllLines(diagram)));
      }
    }
  }

  private static final Path DOCS = Path.of("docs/modules");

  /**
   * The documenter lists a diagram's relations in the order the JVM happens to hold them; sorted,
   * the same modules give the same file on every build.
   */
  static List<String> relationsSorted(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    int start = 0;
    while (start < out.size()) {
      int end = start;
      while (end < out.size() && out.get(end).startsWith("Rel(")) {
        end++;
      }
      if (end > start) {
        Collections.sort(out.subList(start, end));
        start = end;
      } else {
        start++;
      }
    }
    return out;
  }
}
