package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An abstract library class is copied as the included subclass a value is; a value of a subclass
 * nobody named (golden JsonSubtypes' PUnknown) is refused at run time, never copied as its
 * superclass.
 */
class LibrarySubclassTest {
  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aSubclassNobodyNamedIsRefusedNotSliced(TestCompiler compiler) throws Exception {
    Compiled compiled = GoldenTest.compile(compiler, "JsonSubtypes");
    assertThat(compiled.success()).isTrue();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> cluster = loader.loadClass("golden.plib.PCluster");
      Class<?> storage = loader.loadClass("golden.plib.PStorage");
      Object in = cluster.getConstructor().newInstance();
      Object unknown = loader.loadClass("golden.plib.PUnknown").getConstructor().newInstance();
      cluster.getMethod("setStorage", storage).invoke(in, unknown);
      Method deepCopy =
          loader.loadClass("golden.subtypes.PClusterDeepCopy").getMethod("deepCopy", cluster);

      InvocationTargetException thrown =
          assertThrows(InvocationTargetException.class, () -> deepCopy.invoke(null, in));

      assertThat(thrown.getCause()).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getCause())
          .hasMessageThat()
          .isEqualTo(
              "PClusterDeepCopy cannot copy golden.plib.PUnknown: it is none of the subclasses of"
                  + " golden.plib.PStorage that this copier was compiled with (those the package's"
                  + " @DeepCopy.Include lists or reaches). Fix: list it in @DeepCopy.Include, or add"
                  + " it to the library's @JsonSubTypes.");

      Object ephemeral = loader.loadClass("golden.plib.PEphemeral").getConstructor().newInstance();
      cluster.getMethod("setStorage", storage).invoke(in, ephemeral);
      Object copy = deepCopy.invoke(null, in);
      Object copied = cluster.getMethod("getStorage").invoke(copy);
      assertThat(copied.getClass().getName()).isEqualTo("golden.plib.PEphemeral");
      assertThat(copied).isNotSameInstanceAs(ephemeral);
    }
  }
}
