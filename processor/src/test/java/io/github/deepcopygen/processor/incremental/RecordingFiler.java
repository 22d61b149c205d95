package io.github.deepcopygen.processor.incremental;

import io.github.deepcopygen.processor.compilers.Forwarding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs a processor with a Filer that notes, for every file it creates, the originating elements it
 * names: what Gradle reads to decide which outputs an isolating processor must redo when a source
 * changes.
 */
final class RecordingFiler implements Processor {
  /** One created file: its name and the elements it says it came from. */
  record Created(String name, List<Element> originatingElements) {}

  final List<Created> created = new ArrayList<>();
  private final Processor delegate;

  RecordingFiler(Processor delegate) {
    this.delegate = delegate;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer filer = env.getFiler();
    Filer recording =
        Forwarding.proxy(
            Filer.class,
            filer,
            (method, args) -> {
              if (method.getName().startsWith("create")) {
                created.add(
                    new Created(args[0].toString(), List.of((Element[]) args[args.length - 1])));
              }
              return null;
            });
    delegate.init(
        Forwarding.proxy(
            ProcessingEnvironment.class,
            env,
            (method, args) -> method.getName().equals("getFiler") ? recording : null));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
