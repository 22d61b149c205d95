package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code [DeepCopyTreeOnGraphCycle]} warns of happens: on the warned path, a cycle through the
 * type that is no graph type overflows the stack of {@code deepCopyGraph}; on the path through
 * another graph type, which gets no warning, the same cycle is copied as a cycle.
 */
class TreeOnGraphCycleTest {
  private static final String GRAPH = "bad.DeepCopyTreeOnGraphCycle";

  @Test
  void theWarnedCycleOverflowsAndTheUnwarnedOneIsKept() throws Exception {
    Compiled compiled =
        TestCompiler.JAVAC.compile(
            new DeepCopyProcessor(),
            List.of(TestResources.path("bad/DeepCopyTreeOnGraphCycle.java")),
            List.of());
    try {
      assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
      try (URLClassLoader loader =
          new URLClassLoader(
              new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
        Method deepCopyGraph =
            loader
                .loadClass(GRAPH + "DeepCopy")
                .getMethod("deepCopyGraph", loader.loadClass(GRAPH));

        Object warned = newInstance(loader, GRAPH);
        Object note = newInstance(loader, GRAPH + "$Note");
        set(note, "owner", warned);
        set(warned, "note", note);
        InvocationTargetException overflow =
            assertThrows(InvocationTargetException.class, () -> deepCopyGraph.invoke(null, warned));
        assertThat(overflow.getCause()).isInstanceOf(StackOverflowError.class);

        Object kept = newInstance(loader, GRAPH);
        Object peer = newInstance(loader, GRAPH + "$Peer");
        set(peer, "back", kept);
        set(kept, "peer", peer);
        Object copy = deepCopyGraph.invoke(null, kept);
        Object copiedPeer = get(copy, "peer");
        assertThat(copiedPeer).isNotSameInstanceAs(peer);
        assertThat(get(copiedPeer, "back")).isSameInstanceAs(copy);
      }
    } finally {
      compiled.deleteOutput();
    }
  }

  private static Object newInstance(ClassLoader loader, String name)
      throws ReflectiveOperationException {
    var constructor = loader.loadClass(name).getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static void set(Object target, String name, Object value)
      throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private static Object get(Object target, String name) throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(target);
  }
}
