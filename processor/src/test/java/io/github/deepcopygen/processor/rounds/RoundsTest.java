package io.github.deepcopygen.processor.rounds;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.DeepCopyProcessor;
import io.github.deepcopygen.processor.TestResources;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * deepcopy-gen next to another processor: a field type that processor writes in a later round is
 * waited for and then copied; one that never comes is one error; types that reference each other in
 * one compilation are copied in the first round.
 */
class RoundsTest {

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aTypeWrittenByAnotherProcessorLaterIsCopiedOnceItExists(TestCompiler compiler)
      throws Exception {
    RoundSpy spy = new RoundSpy();
    Compiled compiled =
        compiler.compileStrict(
            List.of(spy, new LateTypeProcessor(true), new DeepCopyProcessor()),
            List.of(TestResources.path("rounds/Holder.java")));
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    assertWithMessage("%s", compiled).that(compiled.diagnostics()).isEmpty();

    // Late is a root of round 3; Holder's copier could only be written then, so it is a root of
    // round 4.
    assertThat(spy.roundOf("Late")).isEqualTo(3);
    assertThat(spy.roundOf("LateDeepCopy")).isEqualTo(4);
    assertThat(spy.roundOf("HolderDeepCopy")).isEqualTo(4);
    assertThat(compiled.generated().get("rounds/HolderDeepCopy.java"))
        .contains("out.late = LateDeepCopy.deepCopy(in.late);");

    try (URLClassLoader loader = loaderFor(compiled)) {
      Object late = newInstance(loader, "rounds.Late");
      set(late, "names", new ArrayList<>(List.of("a", "b")));
      Object holder = newInstance(loader, "rounds.Holder");
      set(holder, "late", late);
      set(holder, "lates", new ArrayList<>(List.of(late)));
      set(holder, "byName", new HashMap<>(Map.of("a", late)));

      Object copy =
          loader
              .loadClass("rounds.HolderDeepCopy")
              .getMethod("deepCopy", loader.loadClass("rounds.Holder"))
              .invoke(null, holder);

      Object copiedLate = get(copy, "late");
      assertThat(copiedLate).isNotSameInstanceAs(late);
      assertThat(get(copiedLate, "names")).isEqualTo(List.of("a", "b"));
      assertThat(get(copiedLate, "names")).isNotSameInstanceAs(get(late, "names"));
      assertThat(((List<?>) get(copy, "lates")).get(0)).isNotSameInstanceAs(late);
      assertThat(((Map<?, ?>) get(copy, "byName")).get("a")).isNotSameInstanceAs(late);
    }
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aSuperclassWrittenByAnotherProcessorIsWaitedForAndItsFieldsCopied(TestCompiler compiler)
      throws Exception {
    Compiled compiled =
        compiler.compileStrict(
            List.of(new LateTypeProcessor(false), new DeepCopyProcessor()),
            List.of(TestResources.path("rounds/Heir.java")));
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    assertWithMessage("%s", compiled).that(compiled.diagnostics()).isEmpty();
    try (URLClassLoader loader = loaderFor(compiled)) {
      Object heir = newInstance(loader, "rounds.Heir");
      set(heir, "names", new ArrayList<>(List.of("a")));
      set(heir, "titles", new ArrayList<>(List.of("b")));
      Object copy =
          loader
              .loadClass("rounds.HeirDeepCopy")
              .getMethod("deepCopy", loader.loadClass("rounds.Heir"))
              .invoke(null, heir);
      assertThat(get(copy, "names")).isEqualTo(List.of("a"));
      assertThat(get(copy, "names")).isNotSameInstanceAs(get(heir, "names"));
      assertThat(get(copy, "titles")).isEqualTo(List.of("b"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aTypeThatNeverComesIsOneErrorNamingIt(TestCompiler compiler) {
    Compiled compiled =
        compiler.compile(
            List.of(new LateTypeProcessor(false), new DeepCopyProcessor()),
            List.of(TestResources.path("rounds/Holder.java")),
            List.of());
    assertThat(compiled.success()).isFalse();
    List<Compiled.Report> ours = compiled.ours(Diagnostic.Kind.ERROR);
    // Three fields use Late; each is its own problem, each reported once, however many rounds ran.
    assertWithMessage("%s", compiled).that(ours).hasSize(3);
    for (Compiled.Report error : ours) {
      assertThat(error.message()).startsWith("[DeepCopyMissingType] Field ");
      assertThat(error.message()).contains("Late");
      assertThat(error.file()).isEqualTo("Holder.java");
    }
    assertThat(compiled.generated()).doesNotContainKey("rounds/HolderDeepCopy.java");
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void typesThatReferenceEachOtherAreCopiedInTheFirstRound(TestCompiler compiler) {
    RoundSpy spy = new RoundSpy();
    Compiled compiled =
        compiler.compileStrict(
            List.of(spy, new DeepCopyProcessor()),
            List.of(
                TestResources.path("rounds/Team.java"), TestResources.path("rounds/Member.java")));
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    assertThat(spy.roundOf("TeamDeepCopy")).isEqualTo(2);
    assertThat(spy.roundOf("MemberDeepCopy")).isEqualTo(2);
    assertThat(compiled.generated().get("rounds/TeamDeepCopy.java"))
        .contains("MemberDeepCopy.deepCopy(");
    assertThat(compiled.generated().get("rounds/MemberDeepCopy.java"))
        .contains("out.formerTeam = TeamDeepCopy.deepCopy(in.formerTeam);");
  }

  private static URLClassLoader loaderFor(Compiled compiled) throws Exception {
    return new URLClassLoader(
        new URL[] {compiled.classes().toUri().toURL()}, RoundsTest.class.getClassLoader());
  }

  private static Object newInstance(ClassLoader loader, String name) throws Exception {
    return loader.loadClass(name).getConstructor().newInstance();
  }

  private static void set(Object target, String field, Object value) throws Exception {
    target.getClass().getField(field).set(target, value);
  }

  private static Object get(Object target, String field) throws Exception {
    return target.getClass().getField(field).get(target);
  }
}
