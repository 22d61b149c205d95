package io.github.deepcopygen.processor.rounds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another team's processor, as deepcopy-gen meets them: it writes an empty {@code rounds.Step} in
 * the first round, with {@code rounds.LateBase}, the superclass of {@code Heir}, and, when asked
 * to, the {@code @DeepCopy} class {@code rounds.Late} in the second, so that a field of type {@code
 * Late} cannot be resolved until the third.
 */
@SupportedAnnotationTypes("*")
final class LateTypeProcessor extends AbstractProcessor {
  private final boolean writeLate;
  private int round;

  LateTypeProcessor(boolean writeLate) {
    this.writeLate = writeLate;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    round++;
    if (round == 1) {
      write(
          "rounds.Step",
          "package rounds;\n\n/** Only here to start another round. */\npublic class Step {\n}\n");
      write(
          "rounds.LateBase",
          "package rounds;\n\n"
              + "import java.util.List;\n\n"
              + "/** Written by another processor, in the first round: the superclass of Heir. */\n"
              + "public class LateBase {\n"
              + "    public List<String> names;\n"
              + "}\n");
    } else if (round == 2 && writeLate) {
      write(
          "rounds.Late",
          "package rounds;\n\n"
              + "import java.util.List;\n\n"
              + "/** Written by another processor, in the second round. */\n"
              + "@io.github.deepcopygen.DeepCopy\n"
              + "public class Late {\n"
              + "    public List<String> names;\n"
              + "}\n");
    }
    return false;
  }

  private void write(String name, String source) {
    try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      writer.write(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
