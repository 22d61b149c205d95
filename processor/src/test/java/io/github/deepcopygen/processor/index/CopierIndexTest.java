package io.github.deepcopygen.processor.index;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.processor.DeepCopyProcessor;
import io.github.deepcopygen.processor.TestResources;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import io.github.deepcopygen.testing.Graphs;
import io.github.deepcopygen.testing.RandomInstances;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DeepCopyIndex that a package with {@code @DeepCopy.Include} gets, compiled by each compiler
 * and run: it holds exactly the included classes with a one-argument {@code deepCopy}, and each
 * lookup copies as that class's copier does.
 */
class CopierIndexTest {

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void theIndexHoldsEveryConcreteIncludedClassAndCopiesWithItsCopier(TestCompiler compiler)
      throws Exception {
    try (Loaded loaded = compile(compiler, "TransitiveIncludes")) {
      Class<?> index = loaded.load("golden.transitive.DeepCopyIndex");
      Map<Class<?>, UnaryOperator<?>> copiers = copiers(index);
      // Listed first, then reached in reach order; the enum TStatus needs no copier.
      assertThat(names(copiers.keySet()))
          .containsExactly(
              "golden.tlib.TRoot",
              "golden.tlib.v2.TRoot",
              "golden.tlib.TChild",
              "golden.tlib.TLeaf",
              "golden.tlib.v2.TLeaf",
              "golden.tlib.TBase");
      assertThrows(
          UnsupportedOperationException.class,
          () -> copiers.remove(copiers.keySet().iterator().next()));

      for (Class<?> type : copiers.keySet()) {
        for (int seed = 0; seed < 20; seed++) {
          Object original = new RandomInstances(seed).instanceOf(type);
          Object copy = invoke(index, "deepCopy", Object.class, original);
          assertWithMessage("%s seed %s", type, seed).that(copy.getClass()).isEqualTo(type);
          Graphs graphs = new Graphs(Set.of());
          assertWithMessage("%s seed %s", type, seed)
              .that(graphs.render(copy))
              .isEqualTo(graphs.render(original));
          assertWithMessage("%s seed %s", type, seed)
              .that(graphs.sharedMutableNodes(original, copy))
              .isEmpty();
          Optional<?> lookedUp = (Optional<?>) invoke(index, "copierFor", Class.class, type);
          assertThat(
                  graphs.render(((UnaryOperator<Object>) lookedUp.orElseThrow()).apply(original)))
              .isEqualTo(graphs.render(original));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void theIndexLeavesOutGenericAndAbstractClassesAndRefusesOthers(TestCompiler compiler)
      throws Exception {
    try (Loaded loaded = compile(compiler, "Includes")) {
      Class<?> index = loaded.load("golden.DeepCopyIndex");
      // LibResource<S> is generic: its copier needs an operator for S, which a lookup cannot
      // supply.
      assertThat(names(copiers(index).keySet()))
          .containsExactly("golden.lib.LibMeta", "golden.lib.LibOwner", "golden.lib.LibIntOrText");
      assertThat((Optional<?>) invoke(index, "copierFor", Class.class, String.class)).isEmpty();
      assertThat(invoke(index, "deepCopy", Object.class, (Object) null)).isNull();

      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> invoke(index, "deepCopy", Object.class, new StringBuilder("x")));
      assertThat(refused)
          .hasMessageThat()
          .isEqualTo(
              "DeepCopyIndex has no copier for java.lang.StringBuilder:"
                  + " it holds those of the classes that @DeepCopy.Include lists in package golden, and the classes"
                  + " they reach. Fix: list the class there, or copy it with its own copier.");
    }
  }

  @SuppressWarnings("unchecked") // the index declares exactly this type
  private static Map<Class<?>, UnaryOperator<?>> copiers(Class<?> index) throws Exception {
    return (Map<Class<?>, UnaryOperator<?>>) invoke(index, "copiers", null, null);
  }

  private static List<String> names(Set<Class<?>> types) {
    List<String> names = new ArrayList<>();
    types.forEach(type -> names.add(type.getName()));
    return names;
  }

  private static Object invoke(Class<?> index, String name, Class<?> parameter, Object argument)
      throws Exception {
    try {
      if (parameter == null) {
        return index.getMethod(name).invoke(null);
      }
      Method method = index.getMethod(name, parameter);
      return method.invoke(null, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Loaded compile(TestCompiler compiler, String name) throws Exception {
    List<java.nio.file.Path> sources = new ArrayList<>();
    sources.add(TestResources.path("good/" + name + ".java"));
    sources.addAll(TestResources.filesUnder("good/" + name));
    Compiled compiled = compiler.compileStrict(new DeepCopyProcessor(), sources);
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    return new Loaded(
        compiled,
        new URLClassLoader(
            new URL[] {compiled.classes().toUri().toURL()},
            CopierIndexTest.class.getClassLoader()));
  }

  /** The compiled case, loaded; closing it removes its output. */
  private record Loaded(Compiled compiled, URLClassLoader loader) implements AutoCloseable {
    Class<?> load(String name) throws ClassNotFoundException {
      return loader.loadClass(name);
    }

    @Override
    public void close() throws Exception {
      loader.close();
      compiled.deleteOutput();
    }
  }
}
