package io.github.deepcopygen.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Runs javac with the processor the way users do: lint on, warnings as errors. */
final class Compilations {
  private Compilations() {}

  static Compilation compile(List<JavaFileObject> sources) {
    return compile(new DeepCopyProcessor(), sources);
  }

  static Compilation compile(Processor processor, List<JavaFileObject> sources) {
    return Compiler.javac()
        .withProcessors(processor)
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .compile(sources);
  }

  /**
   * The simple names of the source files the processor wrote, also when the compilation failed (which
   * compile-testing does not show): javac runs again with its output in a temporary folder.
   */
  static Set<String> generatedFileNames(Processor processor, List<JavaFileObject> sources) {
    try {
      Path out = Files.createTempDirectory("deepcopy-generated");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              null,
              diagnostic -> {},
              List.of("--release", "17", "-s", out.toString(), "-d", out.toString()),
              null,
              sources);
      task.setProcessors(List.of(processor));
      task.call();
      try (Stream<Path> files = Files.walk(out)) {
        return files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".java"))
            .collect(Collectors.toCollection(TreeSet::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generated source files by simple file name, e.g. {@code FooDeepCopy.java}. */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      try {
        sources.put(name, file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }
}
