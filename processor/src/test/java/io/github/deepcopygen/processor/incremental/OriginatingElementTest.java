package io.github.deepcopygen.processor.incremental;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.DeepCopyProcessor;
import io.github.deepcopygen.processor.TestResources;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Gradle runs deepcopy-gen as an isolating processor (the jar says so in
 * META-INF/gradle/incremental.annotation.processors), which holds only if every file it writes
 * names exactly one originating element: the {@code @DeepCopy} type it copies, or for a class
 * listed in {@code @DeepCopy.Include}, the package that lists it (Gradle tracks a package as its
 * package-info).
 */
class OriginatingElementTest {

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void everyCopierNamesItsTypeAsItsOnlyOriginatingElement(TestCompiler compiler) {
    RecordingFiler recording = new RecordingFiler(new DeepCopyProcessor());
    List<Path> sources = TestResources.filesUnder("good");
    Compiled compiled = compiler.compile(List.of(recording), sources, List.of());
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();

    assertThat(recording.created).hasSize(compiled.generated().size());
    assertThat(recording.created.size()).isAtLeast(sources.size());
    int includedFromPackage = 0;
    int indexes = 0;
    for (RecordingFiler.Created file : recording.created) {
      assertWithMessage("originating elements of %s", file.name())
          .that(file.originatingElements())
          .hasSize(1);
      Element origin = file.originatingElements().get(0);
      if (origin instanceof PackageElement site && file.name().endsWith(".DeepCopyIndex")) {
        // The package's lookup of its included copiers: its includes alone decide what it holds.
        assertThat(file.name()).isEqualTo(site.getQualifiedName() + ".DeepCopyIndex");
        indexes++;
      } else if (origin instanceof PackageElement site) {
        // A library class's copier sits in the listing package itself.
        assertThat(file.name())
            .matches(java.util.regex.Pattern.quote(site.getQualifiedName() + ".") + "\\w+DeepCopy");
        includedFromPackage++;
      } else {
        assertThat(origin).isInstanceOf(TypeElement.class);
        assertThat(file.name()).isEqualTo(copierOf((TypeElement) origin));
      }
    }
    // good/Includes lists four library classes in package-info.java; good/TransitiveIncludes lists
    // two, which reach four more (TBase, TChild, TLeaf and the other package's TLeaf);
    // good/GraphIncludes lists two; good/JsonMappings lists one, which reaches two more;
    // good/JsonSubtypes lists one, which reaches an abstract class and the three subclasses its
    // @JsonSubTypes names; good/JacksonShapes lists three, which reach eight more (JsPaths, JsItem,
    // JsSchema, JsMulti, JsCreated, JsRaw, and JsDog and JsCat, which the interface JsPet names).
    // Each package has an index.
    assertThat(includedFromPackage).isEqualTo(31);
    assertThat(indexes).isEqualTo(6);
  }

  /**
   * The contract (README, "What is generated"): p.Outer.Inner is copied by p.Outer_InnerDeepCopy.
   */
  private static String copierOf(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    Element enclosing = type.getEnclosingElement();
    while (enclosing.getKind() != ElementKind.PACKAGE) {
      name.insert(0, ((TypeElement) enclosing).getSimpleName() + "_");
      enclosing = enclosing.getEnclosingElement();
    }
    String pkg = ((PackageElement) enclosing).getQualifiedName().toString();
    return (pkg.isEmpty() ? "" : pkg + ".") + name + "DeepCopy";
  }
}
