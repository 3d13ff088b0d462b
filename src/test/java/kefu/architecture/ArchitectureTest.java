package kefu.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The house rules of ARCHITECTURE.md that the compiler cannot see. Every rule names packages that
 * exist today; ArchUnit fails a rule that matches no class at all, so a rule cannot silently go
 * stale when a package is renamed.
 */
@AnalyzeClasses(
    packages = "kefu",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.OnlyOurSources.class})
class ArchitectureTest {

  /** JPA mapping annotations, by name so the rules do not care which of them is on the path. */
  private static final Set<String> JPA_MAPPINGS =
      Set.of(
          "jakarta.persistence.Entity",
          "jakarta.persistence.Embeddable",
          "jakarta.persistence.MappedSuperclass",
          "jakarta.persistence.Converter");

  /**
   * Spring beans (@Component and everything meta-annotated with
   * it: @Service, @Repository, @Configuration, @Controller, ...), JPA entities and Spring Data
   * repositories, and any class nested in one of them: the adapters that put the engine to work,
   * not the engine.
   */
  private static final DescribedPredicate<JavaClass> SPRING_OR_JPA_ADAPTERS =
      DescribedPredicate.describe(
          "Spring components/services/configurations, JPA entities, Spring Data repositories"
              + " or classes nested in them",
          ArchitectureTest::isAdapterOrNestedInOne);

  private static boolean isAdapterOrNestedInOne(JavaClass type) {
    for (Optional<JavaClass> c = Optional.of(type);
        c.isPresent();
        c = c.get().getEnclosingClass()) {
      if (isAdapter(c.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAdapter(JavaClass c) {
    return c.isMetaAnnotatedWith(Component.class)
        || JPA_MAPPINGS.stream().anyMatch(c::isAnnotatedWith)
        || c.isAssignableTo("org.springframework.data.repository.Repository");
  }

  /**
   * Code whose job is to map rows or entities: JPA-mapped classes, attribute converters, row
   * mappers, Spring Data repositories and anything under a {@code persistence} package.
   */
  private static final DescribedPredicate<JavaClass> PERSISTENCE_MAPPING =
      DescribedPredicate.describe(
          "persistence mapping code",
          c ->
              c.getPackageName().matches("kefu(\\..+)?\\.persistence(\\..+)?")
                  || JPA_MAPPINGS.stream().anyMatch(c::isAnnotatedWith)
                  || c.isAssignableTo("jakarta.persistence.AttributeConverter")
                  || c.isAssignableTo("org.springframework.jdbc.core.RowMapper")
                  || c.isAssignableTo("org.springframework.data.repository.Repository"));

  /**
   * Spring Modulith's {@code @ApplicationModule} and {@code @NamedInterface}: read by the build,
   * never at run time, so a pure class may carry them.
   */
  private static final DescribedPredicate<JavaClass> MODULE_CONTRACT_ANNOTATIONS =
      resideInAPackage("org.springframework.modulith").as("Spring Modulith's contract annotations");

  @ArchTest
  static final ArchRule the_policy_and_settlement_engines_know_nothing_of_spring_jpa_or_servlets =
      noClasses()
          .that()
          .resideInAnyPackage("kefu.policy", "kefu.settlement")
          .and(are(not(SPRING_OR_JPA_ADAPTERS)))
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "org.springframework..",
                      "jakarta.persistence..",
                      "javax.persistence..",
                      "org.hibernate..",
                      "jakarta.servlet..",
                      "javax.servlet..")
                  .and(not(MODULE_CONTRACT_ANNOTATIONS)))
          .because(
              "the rule kinds and the month close are pure calculations, unit-tested without"
                  + " Spring; storage and web live in adapters (stereotyped classes or the web/api"
                  + " sub-packages); the module contract annotations are metadata only");

  @ArchTest
  static final ArchRule shared_value_types_depend_on_the_jdk_only =
      classes()
          .that()
          .resideInAPackage("kefu.shared..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("java..", "kefu.shared..").or(MODULE_CONTRACT_ANNOTATIONS))
          .because(
              "every module speaks these types, so they must not drag anything in (the module"
                  + " contract in package-info.java is metadata only)");

  @ArchTest
  static final ArchRule controllers_are_package_private =
      classes()
          .that()
          .areMetaAnnotatedWith(Controller.class)
          .should()
          .notBePublic()
          .because("controllers are entry points for HTTP, not an API for other classes");

  @ArchTest
  static final ArchRule controller_advice_is_package_private =
      classes()
          .that()
          .areMetaAnnotatedWith(ControllerAdvice.class)
          .should()
          .notBePublic()
          .because("exception translation is wired by Spring, not called by other classes");

  @ArchTest
  static final ArchRule the_rest_api_does_not_use_the_web_ui =
      noClasses()
          .that()
          .resideInAPackage("kefu..api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("kefu..web..")
          .because("REST DTOs and UI form/page models evolve separately");

  @ArchTest
  static final ArchRule the_web_ui_does_not_use_the_rest_api =
      noClasses()
          .that()
          .resideInAPackage("kefu..web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("kefu..api..")
          .because("REST DTOs and UI form/page models evolve separately");

  @ArchTest
  static final ArchRule web_and_api_packages_are_used_only_inside_their_module =
      ModuleEntryPoints.areUsedOnlyInsideTheirModule("kefu");

  @ArchTest
  static final ArchRule no_field_injection =
      noFields()
          .should()
          .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
          .orShould()
          .beAnnotatedWith("org.springframework.beans.factory.annotation.Value")
          .orShould()
          .beAnnotatedWith("jakarta.inject.Inject")
          .orShould()
          .beAnnotatedWith("jakarta.annotation.Resource")
          .because(
              "dependencies come in through the constructor, so a class can be built in a test");

  @ArchTest
  static final ArchRule no_legacy_date_types_outside_persistence_mapping =
      noClasses()
          .that()
          .resideInAPackage("kefu..")
          .and(are(not(PERSISTENCE_MAPPING)))
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(java.util.Date.class, java.sql.Date.class)
          .because("dates are java.time values (LocalDate, YearMonth, Instant) read from a Clock");

  @ArchTest
  static final ArchRule no_floating_point_fields =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("kefu..")
          .should()
          .haveRawType(double.class)
          .orShould()
          .haveRawType(float.class)
          .orShould()
          .haveRawType(Double.class)
          .orShould()
          .haveRawType(Float.class)
          .orShould()
          .haveRawType(double[].class)
          .orShould()
          .haveRawType(float[].class)
          .because("money and points are exact: BigDecimal-based Money and Points");

  /**
   * Leaves out what Spring AOT generates into target/classes for the fast start ({@code
   * __BeanDefinitions}, CGLIB proxies): the rules are about the code we write.
   */
  static final class OnlyOurSources implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
    }
  }
}
