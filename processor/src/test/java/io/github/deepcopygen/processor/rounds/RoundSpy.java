package io.github.deepcopygen.processor.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Records each round's root types. A file written in round N is a root of round N + 1, so the round
 * in which a copier first shows up tells in which round deepcopy-gen wrote it.
 */
@SupportedAnnotationTypes("*")
final class RoundSpy extends AbstractProcessor {
  final List<List<String>> roots = new ArrayList<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    List<String> names = new ArrayList<>();
    for (Element root : env.getRootElements()) {
      names.add(root.getSimpleName().toString());
    }
    roots.add(names);
    return false;
  }

  /** The 1-based round whose roots include {@code simpleName}, or 0 if none did. */
  int roundOf(String simpleName) {
    for (int i = 0; i < roots.size(); i++) {
      if (roots.get(i).contains(simpleName)) {
        return i + 1;
      }
    }
    return 0;
  }
}
