package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} every file deepcopy-gen writes carries, when analysis allows it. */
final class GeneratedMark {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "io.github.deepcopygen.processor.DeepCopyProcessor";

  private GeneratedMark() {}

  static AnnotationSpec annotation() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}
