package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A library interface that names no implementation (swagger 2's {@code Model}, resolved by a
 * deserializer of its own) is copied by the implementations the package lists, each as its own
 * class; an implementation nobody listed is refused at run time, never shared. The dispatch is the
 * one golden JacksonShapes shows for an interface with {@code @JsonSubTypes}.
 */
class ListedImplementationsTest {
  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void eachNoteIsCopiedAsItsOwnClassAndAStrayOneIsRefused(TestCompiler compiler) throws Exception {
    Compiled compiled =
        compiler.compileStrict(new DeepCopyProcessor(), TestResources.filesUnder("listed/board"));
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    assertWithMessage("%s", compiled).that(compiled.diagnostics()).isEmpty();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> board = loader.loadClass("board.lib.Board");
      Object text = loader.loadClass("board.lib.TextNote").getConstructor().newInstance();
      text.getClass().getMethod("setAuthor", String.class).invoke(text, "ann");
      text.getClass().getMethod("setLines", List.class).invoke(text, new ArrayList<>(List.of("a")));
      Object link = loader.loadClass("board.lib.LinkNote").getConstructor().newInstance();
      link.getClass().getMethod("setUrl", String.class).invoke(link, "https://example.com");
      Object in = board.getConstructor().newInstance();
      List<Object> notes = new ArrayList<>(List.of(text, link));
      board.getMethod("setNotes", List.class).invoke(in, notes);
      Method deepCopy = loader.loadClass("board.BoardDeepCopy").getMethod("deepCopy", board);

      List<?> copied = (List<?>) board.getMethod("getNotes").invoke(deepCopy.invoke(null, in));

      assertThat(copied).hasSize(2);
      assertThat(copied.get(0).getClass()).isEqualTo(text.getClass());
      assertThat(copied.get(0)).isNotSameInstanceAs(text);
      List<?> lines = (List<?>) text.getClass().getMethod("getLines").invoke(copied.get(0));
      assertThat(lines).containsExactly("a");
      assertThat(lines).isNotSameInstanceAs(text.getClass().getMethod("getLines").invoke(text));
      assertThat(copied.get(1).getClass()).isEqualTo(link.getClass());
      assertThat(link.getClass().getMethod("getUrl").invoke(copied.get(1)))
          .isEqualTo("https://example.com");

      notes.add(loader.loadClass("board.lib.StrayNote").getConstructor().newInstance());
      InvocationTargetException thrown =
          assertThrows(InvocationTargetException.class, () -> deepCopy.invoke(null, in));
      assertThat(thrown.getCause()).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getCause()).hasMessageThat().contains("board.lib.StrayNote");
      assertThat(thrown.getCause()).hasMessageThat().contains("Fix: list it in @DeepCopy.Include");
    }
  }
}
