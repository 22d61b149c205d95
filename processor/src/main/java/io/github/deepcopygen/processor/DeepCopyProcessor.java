package io.github.deepcopygen.processor;

import com.palantir.javapoet.JavaFile;
import io.github.deepcopygen.processor.analysis.AnalysisResult;
import io.github.deepcopygen.processor.analysis.Target;
import io.github.deepcopygen.processor.analysis.TypeAnalyzer;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromises;
import io.github.deepcopygen.processor.diagnostics.Diagnostics;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.GeneratedAnnotation;
import io.github.deepcopygen.processor.lang.SourceTypes;
import io.github.deepcopygen.processor.model.CopierIndex;
import io.github.deepcopygen.processor.writer.CopierWriter;
import io.github.deepcopygen.processor.writer.IndexWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The javac entry point: takes each round's targets from one queue ({@code @DeepCopy} types and
 * included classes alike), defers those whose types do not exist yet, and keeps one target's
 * failure from touching the others. It holds no type logic of its own.
 */
public class DeepCopyProcessor extends AbstractProcessor {
  /** {@code -Adeepcopy.generated=false} leaves {@code @Generated} off the copiers. */
  static final String GENERATED_OPTION = "deepcopy.generated";

  /** Our options, all named {@code deepcopy.*}: another name with that prefix is a typo. */
  static final String OPTION_PREFIX = "deepcopy.";

  /** The targets of every round: annotated types and included classes, deferred by name. */
  private final TargetQueue queue = new TargetQueue();

  /**
   * Every type compiled from source so far, so that fixes offer annotations only where they can go.
   */
  private final SourceTypes sources = new SourceTypes();

  /**
   * Members of Lombok classes that copiers written last round call although Lombok, which ran after
   * us, had not written them yet; by copier name. Checked at the start of the next round.
   */
  private final Map<String, List<LombokPromise>> promised = new LinkedHashMap<>();

  /**
   * For each package with includes, the index entries of the copiers written there so far, by class
   * name: its index is written in the round in which its last included class is done.
   */
  private final Map<String, Map<String, CopierIndex.Entry>> indexEntries = new LinkedHashMap<>();

  /**
   * {@code @DeepCopy} is ours to claim; so is the {@code @Generated} we put on copiers, or javac's
   * {@code -Xlint:processing} would warn that no processor claimed it, and {@code -Werror} builds
   * fail.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Annotations.DEEP_COPY,
        Annotations.SHALLOW,
        Annotations.IMMUTABLE,
        Annotations.JSON_TREE,
        Annotations.INCLUDE,
        GeneratedAnnotation.NAME,
        Annotations.CONSTRUCTOR_PROPERTIES);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(GENERATED_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    for (String option : new TreeSet<>(processingEnv.getOptions().keySet())) {
      if (option.startsWith(OPTION_PREFIX) && !getSupportedOptions().contains(option)) {
        diagnostics.warning(
            Message.UNKNOWN_OPTION,
            option,
            String.join(", ", new TreeSet<>(getSupportedOptions())));
      }
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(annotations, round);
    } catch (RuntimeException | LinkageError e) {
      // A failure outside any one type: still an error of ours, never a crash of the compiler.
      new Diagnostics(processingEnv.getMessager())
          .internalError("this round of annotation processing", e);
    }
    return true;
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    sources.addRoots(round.getRootElements());
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    promised.forEach(
        (copier, promises) ->
            LombokPromises.broken(promises, copier, processingEnv.getElementUtils())
                .forEach(diagnostics::report));
    promised.clear();
    TypeAnalyzer analyzer =
        new TypeAnalyzer(
            processingEnv.getTypeUtils(),
            processingEnv.getElementUtils(),
            new GeneratedAnnotation(
                processingEnv.getElementUtils(),
                !"false".equalsIgnoreCase(processingEnv.getOptions().get(GENERATED_OPTION))),
            sources);
    Set<PackageElement> sites = new LinkedHashSet<>();
    for (Target target :
        queue.take(annotations, round, processingEnv.getElementUtils(), analyzer)) {
      target.indexedIn().ifPresent(sites::add);
      try {
        handle(target, analyzer, diagnostics, round.processingOver());
      } catch (RuntimeException | IOException | LinkageError e) {
        diagnostics.internalError(target.type(), e);
      }
    }
    for (PackageElement site : sites) {
      if (!queue.waitsIn(site)) {
        try {
          String name = site.getQualifiedName().toString();
          writeFile(
              new IndexWriter()
                  .write(analyzer.indexOf(site, indexEntries.getOrDefault(name, Map.of()))),
              site);
        } catch (RuntimeException | IOException | LinkageError e) {
          diagnostics.internalError(site, e);
        }
      }
    }
  }

  /** Analyses and writes one target's copier; overridable so tests can make it fail. */
  void handle(Target target, TypeAnalyzer analyzer, Diagnostics diagnostics, boolean lastRound)
      throws IOException {
    AnalysisResult result = analyzer.analyze(target, lastRound);
    if (result instanceof AnalysisResult.Deferred) {
      queue.defer(target);
    } else if (result instanceof AnalysisResult.Rejected rejected) {
      rejected.problems().forEach(diagnostics::report);
    } else {
      AnalysisResult.Planned planned = (AnalysisResult.Planned) result;
      planned.warnings().forEach(diagnostics::report);
      // One originating element, as Gradle's isolating mode requires: the annotated type, or the
      // package whose list decides an included class's copier.
      writeFile(new CopierWriter().write(planned.plan()), target.originating());
      if (!planned.promises().isEmpty()) {
        promised.put(planned.plan().copied().copier().simpleName(), planned.promises());
      }
      target
          .indexedIn()
          .ifPresent(
              site ->
                  analyzer
                      .indexEntryOf(planned.plan())
                      .ifPresent(
                          entry ->
                              indexEntries
                                  .computeIfAbsent(
                                      site.getQualifiedName().toString(),
                                      k -> new LinkedHashMap<>())
                                  .put(target.type().getQualifiedName().toString(), entry)));
    }
  }

  private void writeFile(JavaFile file, Element originatingElement) throws IOException {
    String name = file.packageName() + "." + file.typeSpec().name();
    // Rendered whole first: JavaPoet appends thousands of small pieces, each a locked call through
    // the Filer's writer and its encoder; one append of the whole file costs less.
    StringBuilder source = new StringBuilder(8192);
    file.writeTo(source);
    try (Writer writer =
        processingEnv.getFiler().createSourceFile(name, originatingElement).openWriter()) {
      writer.append(source);
    }
  }
}
