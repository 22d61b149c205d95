package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.processor.DeepCopyProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor costs a build: javac on N synthetic {@code @DeepCopy} types with {@code -proc:none}
 * (compile, no processor), {@code -proc:only} (the processor alone, no class files) and a full compile
 * with the processor, which also compiles the N copiers it writes. In-process javac, one shot per
 * iteration, as a build tool runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ProcessorCost {
  @Param({"500", "2000", "8000"})
  public int types;

  private Path sources;
  private List<Path> files;
  private Path output;
  private String classPath;

  @Setup(Level.Trial)
  public void writeSources() throws IOException {
    sources = Files.createTempDirectory("deepcopy-synthetic");
    files = SyntheticTypes.write(sources.resolve("src"), types);
    // A class path with the annotations alone, as a project that depends on the processor jar has: the
    // benchmarks' own 25 MB jar would make every class lookup of javac's Filer slower than in a build.
    Path classes = sources.resolve("classes");
    for (Class<?> annotation : DeepCopy.class.getDeclaredClasses()) {
      copyClassFile(annotation, classes);
    }
    copyClassFile(DeepCopy.class, classes);
    classPath = classes.toString();
  }

  private static void copyClassFile(Class<?> type, Path classes) throws IOException {
    String resource = type.getName().replace('.', '/') + ".class";
    Path target = classes.resolve(resource);
    Files.createDirectories(target.getParent());
    try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
  }

  @Setup(Level.Invocation)
  public void freshOutput() throws IOException {
    output = Files.createTempDirectory("deepcopy-out");
  }

  @TearDown(Level.Invocation)
  public void deleteOutput() {
    delete(output);
  }

  @TearDown(Level.Trial)
  public void deleteSources() {
    delete(sources);
  }

  @Benchmark
  public boolean procNone() {
    return compile("-proc:none", false);
  }

  @Benchmark
  public boolean procOnly() {
    return compile("-proc:only", true);
  }

  @Benchmark
  public boolean fullWithProcessor() {
    return compile(null, true);
  }

  private boolean compile(String procOption, boolean withProcessor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(List.of(
          "--release", "17", "-classpath", classPath, "-d", output.toString(), "-s", output.toString(),
          "-implicit:none", "-Xlint:none", "-nowarn"));
      if (procOption != null) {
        options.add(procOption);
      }
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      JavaCompiler.CompilationTask task =
          javac.getTask(Writer.nullWriter(), fileManager, null, options, null, units);
      if (withProcessor) {
        task.setProcessors(List.of(new DeepCopyProcessor()));
      }
      if (!task.call()) {
        throw new IllegalStateException("javac failed on the synthetic types (" + procOption + ")");
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
