package kefu.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * A module's {@code web} and {@code api} sub-packages are its doors to HTTP, not an API for other
 * modules: a page or a REST resource another module needs is reached through the owner's root
 * package (or a named interface), so the owner can change its controllers, forms and DTOs alone.
 * Spring Modulith already treats sub-packages as internal; this rule states it for the two kinds of
 * sub-package every module has, whatever its {@code package-info.java} declares.
 */
final class ModuleEntryPoints {

  private ModuleEntryPoints() {}

  /** The rule over the modules directly under {@code root} (e.g. {@code kefu}). */
  static ArchRule areUsedOnlyInsideTheirModule(String root) {
    return ArchRuleDefinition.classes()
        .that()
        .resideInAnyPackage(root + ".*.web..", root + ".*.api..")
        .should(beUsedOnlyInsideTheirModule(root))
        .because("controllers, forms and DTOs change with their module's pages and REST resources");
  }

  private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule(String root) {
    return new ArchCondition<>("be used only inside their own module") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String owner = moduleOf(root, type);
        for (Dependency use : type.getDirectDependenciesToSelf()) {
          if (!owner.equals(moduleOf(root, use.getOriginClass()))) {
            events.add(SimpleConditionEvent.violated(use, use.getDescription()));
          }
        }
      }
    };
  }

  /** The first package segment below {@code root}: the module a class belongs to. */
  private static String moduleOf(String root, JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(root + ".")) {
      return name;
    }
    String rest = name.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
