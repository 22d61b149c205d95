package io.github.deepcopygen.processor.architecture;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.deepcopygen.processor.DeepCopyProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's layout (docs/ARCHITECTURE.md) as rules the build checks: which package may import
 * which, no cycle between packages or between classes, a {@code package-info.java} in every package
 * and no file over 300 lines.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.deepcopygen.processor";
  private static final JavaClasses PROCESSOR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);
  private static final Path SOURCES =
      Path.of(System.getProperty("deepcopy.mainSources", "src/main/java"));

  private static void check(ArchRule rule) {
    rule.check(PROCESSOR);
  }

  private static String[] ours(String... packages) {
    return Stream.of(packages).map(p -> ROOT + "." + p + "..").toArray(String[]::new);
  }

  @Test
  void theWriterNeverAsksAnalysisOrJavac() {
    check(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".writer..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ours("analysis", "lang"))
            .because("the writer renders a plan; every decision is analysis's"));
  }

  @Test
  void modelAndDiagnosticsImportNothingOfOurs() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(ours("model", "diagnostics"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ours("analysis", "lang", "writer"))
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(DeepCopyProcessor.class));
    check(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".model..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".diagnostics.."));
    check(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".diagnostics..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".model.."));
  }

  @Test
  void langSaysWhatJavacSaysAndDecidesNothing() {
    check(
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".lang..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ours("analysis", "writer", "model", "diagnostics")));
  }

  @Test
  void theRoomsOfAnalysisNeverReachBackUp() {
    String top = ROOT + ".analysis";
    check(
        noClasses()
            .that()
            .resideInAnyPackage(
                top + ".rules..",
                top + ".library..",
                top + ".jackson..",
                top + ".lombok..",
                top + ".graph..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(top)
            .because("a room is below the analysis that calls it"));
    check(
        noClasses()
            .that()
            .resideInAnyPackage(top + ".library..", top + ".jackson..", top + ".lombok..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(top + ".rules..", top + ".graph..")
            .because("how a model is written is known before any rule copies it"));
    check(
        noClasses()
            .that()
            .resideInAnyPackage(top + ".jackson..", top + ".lombok..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(top + ".library..")
            .because("the JSON and Lombok views of a class know nothing of includes"));
    check(
        noClasses()
            .that()
            .resideInAnyPackage(ours("analysis", "lang", "model", "writer", "diagnostics"))
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT)
            .because("the entry point calls the phases, never the other way"));
  }

  @Test
  void noCycleBetweenPackages() {
    check(slices().matching(ROOT + ".(**)").should().beFreeOfCycles());
  }

  /**
   * Nested classes count as their top-level class: the arrows are those a reader sees between
   * files.
   */
  @Test
  void noCycleBetweenClasses() {
    TreeMap<String, Set<String>> arrows = new TreeMap<>();
    for (JavaClass type : PROCESSOR) {
      String from = topLevel(type);
      Set<String> targets = arrows.computeIfAbsent(from, k -> new TreeSet<>());
      type.getDirectDependenciesFromSelf().stream()
          .map(d -> d.getTargetClass())
          .filter(target -> target.getPackageName().startsWith(ROOT))
          .map(ArchitectureTest::topLevel)
          .filter(target -> !target.equals(from))
          .forEach(targets::add);
    }
    assertWithMessage("classes on a cycle").that(Cycles.of(arrows)).isEmpty();
  }

  private static String topLevel(JavaClass type) {
    String name = type.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  @Test
  void everyPackageSaysWhatItHolds() throws IOException {
    try (Stream<Path> folders = Files.walk(SOURCES)) {
      List<Path> missing =
          folders
              .filter(Files::isDirectory)
              .filter(ArchitectureTest::holdsJava)
              .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
              .toList();
      assertWithMessage("packages without package-info.java").that(missing).isEmpty();
    }
  }

  @Test
  void everyFileStaysUnderThreeHundredLines() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      List<String> long300 =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> lines(file) >= 300)
              .map(file -> SOURCES.relativize(file) + " (" + lines(file) + " lines)")
              .toList();
      assertWithMessage("files of 300 lines or more").that(long300).isEmpty();
    }
  }

  private static boolean holdsJava(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long lines(Path file) {
    try {
      return Files.readAllLines(file).size();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
