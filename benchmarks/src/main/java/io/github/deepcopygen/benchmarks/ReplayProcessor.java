package io.github.deepcopygen.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The baseline of a processor's own share: it writes, for each type marked with the same
 * annotation, the very file that processor wrote for it, already rendered. What javac spends on the
 * rounds, the Filer and entering the new sources is then the same as with the real processor; the
 * difference is the real processor's own analysis and rendering.
 */
final class ReplayProcessor extends AbstractProcessor {
  private final String annotation;

  /**
   * The generated file's qualified class name and its source, by the qualified name of its type.
   */
  private final Map<String, Map.Entry<String, String>> files;

  ReplayProcessor(String annotation, Map<String, Map.Entry<String, String>> files) {
    this.annotation = annotation;
    this.files = files;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(annotation);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement marker : annotations) {
      for (Element element : round.getElementsAnnotatedWith(marker)) {
        Map.Entry<String, String> file =
            files.get(((TypeElement) element).getQualifiedName().toString());
        if (file == null) {
          throw new IllegalStateException("nothing recorded for " + element);
        }
        try {
          JavaFileObject source = processingEnv.getFiler().createSourceFile(file.getKey(), element);
          try (Writer writer = source.openWriter()) {
            writer.write(file.getValue());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return false;
  }
}
