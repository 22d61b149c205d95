package io.github.deepcopygen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
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
 * What an annotation processor costs a build, deepcopy-gen beside AutoValue and Immutables on types
 * of the same shape: javac with {@code -proc:none} (compile, no processor), {@code -proc:only} (the
 * processor alone, no class files), a full compile with the processor (which also compiles the
 * classes it writes), and {@code -proc:only} with a {@link ReplayProcessor} writing the same files
 * already rendered: {@code procOnly - replayOnly} is the processor's own share, what it spends
 * beyond what javac's rounds and Filer cost whoever writes the files. In-process javac, one shot
 * per iteration, as a build tool runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ProcessorCost {
  @Param({"DEEPCOPY", "AUTOVALUE", "IMMUTABLES"})
  public Peer processor;

  @Param({"500", "2000", "8000"})
  public int types;

  private Path sources;
  private List<Path> files;
  private Path output;
  private String classPath;
  private Map<String, Map.Entry<String, String>> recorded;

  @Setup(Level.Trial)
  public void writeSources() throws IOException {
    sources = Files.createTempDirectory("deepcopy-synthetic");
    files = SyntheticTypes.write(sources.resolve("src"), types, processor);
    // A class path with the annotations alone, as a project that depends on the processor has: the
    // benchmarks' own jar would make every class lookup of javac's Filer slower than in a build.
    Path classes = sources.resolve("classes");
    for (Class<?> type : processor.compileClasses) {
      copyClassFiles(type, classes);
    }
    classPath = classes.toString();
    recorded = record();
  }

  /** What the real processor writes for each type, for the replay. */
  private Map<String, Map.Entry<String, String>> record() throws IOException {
    output = sources.resolve("recorded");
    Files.createDirectories(output);
    compile("-proc:only", processor.newProcessor());
    Map<String, Map.Entry<String, String>> files = new HashMap<>();
    Path src = sources.resolve("src");
    for (Path file : this.files) {
      String simple = file.getFileName().toString().replace(".java", "");
      if (!simple.startsWith("Type")) {
        continue;
      }
      String pkg =
          src.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
      Path written =
          output
              .resolve(src.relativize(file.getParent()))
              .resolve(processor.generatedName(simple) + ".java");
      files.put(
          pkg + "." + simple,
          Map.entry(pkg + "." + processor.generatedName(simple), Files.readString(written)));
    }
    try (Stream<Path> all = Files.walk(output)) {
      long count = all.filter(p -> p.toString().endsWith(".java")).count();
      if (count != files.size()) {
        throw new IllegalStateException(
            processor + " wrote " + count + " files for " + files.size() + " types");
      }
    }
    delete(output);
    return files;
  }

  private static void copyClassFiles(Class<?> type, Path classes) throws IOException {
    String resource = type.getName().replace('.', '/') + ".class";
    Path target = classes.resolve(resource);
    Files.createDirectories(target.getParent());
    try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      copyClassFiles(nested, classes);
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
    return compile("-proc:none", null);
  }

  @Benchmark
  public boolean procOnly() {
    return compile("-proc:only", processor.newProcessor());
  }

  @Benchmark
  public boolean replayOnly() {
    return compile("-proc:only", new ReplayProcessor(processor.annotation, recorded));
  }

  @Benchmark
  public boolean fullWithProcessor() {
    return compile(null, processor.newProcessor());
  }

  private boolean compile(String procOption, Processor annotationProcessor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--release",
                  "17",
                  "-classpath",
                  classPath,
                  "-d",
                  output.toString(),
                  "-s",
                  output.toString(),
                  "-implicit:none",
                  "-Xlint:none",
                  "-nowarn"));
      if (procOption != null) {
        options.add(procOption);
      }
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      JavaCompiler.CompilationTask task =
          javac.getTask(Writer.nullWriter(), fileManager, null, options, null, units);
      if (annotationProcessor != null) {
        task.setProcessors(List.of(annotationProcessor));
      }
      if (!task.call()) {
        throw new IllegalStateException(
            "javac failed on the synthetic " + processor + " types (" + procOption + ")");
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
