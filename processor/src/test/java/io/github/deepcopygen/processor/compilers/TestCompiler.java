package io.github.deepcopygen.processor.compilers;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The two compilers users run processors in, driven the same way through {@code javax.tools}:
 * sources read from files (ECJ cannot compile in-memory ones), output written to a fresh folder, so
 * that what each compiler's Filer wrote can be compared byte for byte, also when the compile
 * failed.
 */
public enum TestCompiler {
  JAVAC {
    @Override
    JavaCompiler tool() {
      return ToolProvider.getSystemJavaCompiler();
    }

    @Override
    List<String> strictOptions() {
      // -Werror turns every lint warning, in the inputs and in the generated code, into a failure.
      return List.of("-Xlint:all", "-Werror");
    }
  },

  ECJ {
    @Override
    JavaCompiler tool() {
      return new EclipseCompiler();
    }

    @Override
    List<String> strictOptions() {
      // ECJ's default warnings (raw types, unchecked, unused imports and locals, ...), as failures.
      return List.of("-failOnWarning");
    }
  };

  abstract JavaCompiler tool();

  /** Options that make any warning fail the compile, in this compiler's own spelling. */
  abstract List<String> strictOptions();

  /** Compiles with every warning an error, as a strict user build would. */
  public Compiled compileStrict(Processor processor, List<Path> sources, String... options) {
    return compileStrict(List.of(processor), sources, options);
  }

  /**
   * As {@link #compileStrict(Processor, List, String...)}, with processors that run in this order.
   */
  public Compiled compileStrict(
      List<? extends Processor> processors, List<Path> sources, String... options) {
    List<String> all = new ArrayList<>(strictOptions());
    all.addAll(List.of(options));
    return compile(processors, sources, all);
  }

  /**
   * Compiles {@code sources} for {@code --release 17} against the test class path with one
   * processor.
   */
  public Compiled compile(Processor processor, List<Path> sources, List<String> options) {
    return compile(List.of(processor), sources, options);
  }

  /**
   * Compiles {@code sources} for {@code --release 17} with {@code processors}; against the test
   * class path unless the options name a module path or a class path of their own.
   */
  public Compiled compile(
      List<? extends Processor> processors, List<Path> sources, List<String> options) {
    try {
      Path out = Files.createTempDirectory(OutputFolders.root(), name().toLowerCase(Locale.ROOT));
      Path classes = Files.createDirectories(out.resolve("classes"));
      Path generated = Files.createDirectories(out.resolve("generated"));
      List<String> all = new ArrayList<>();
      all.addAll(List.of("--release", "17", "-encoding", "UTF-8"));
      if (!options.contains("--module-path") && !options.contains("-classpath")) {
        all.addAll(List.of("-classpath", System.getProperty("java.class.path")));
      }
      all.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
      all.addAll(options);
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      JavaCompiler tool = tool();
      boolean success;
      try (StandardJavaFileManager files =
          tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task =
            tool.getTask(
                new StringWriter(), // ECJ prints its own report too; the collector has it all
                files,
                diagnostics,
                all,
                null,
                files.getJavaFileObjectsFromPaths(sources));
        task.setProcessors(processors);
        task.setLocale(Locale.ROOT);
        success = task.call();
      }
      return new Compiled(
          this, success, report(diagnostics.getDiagnostics()), sourcesUnder(generated), classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Compiled.Report> report(
      List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<Compiled.Report> reports = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String file =
          d.getSource() == null ? "" : new File(d.getSource().toUri().getPath()).getName();
      reports.add(
          new Compiled.Report(d.getKind(), file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
    }
    return reports;
  }

  /** Generated sources by path relative to the output folder, with '/' separators. */
  private static Map<String, String> sourcesUnder(Path root) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.put(
            root.relativize(p).toString().replace(File.separatorChar, '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return sources;
  }
}
