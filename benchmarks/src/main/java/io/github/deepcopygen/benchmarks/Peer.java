package io.github.deepcopygen.benchmarks;

import com.google.auto.value.AutoValue;
import com.google.auto.value.processor.AutoValueProcessor;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.processor.DeepCopyProcessor;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import org.immutables.processor.ProxyProcessor;
import org.immutables.value.Generated;
import org.immutables.value.Value;

/**
 * The annotation processors the processor-cost benchmark compares, each writing one class per type:
 * deepcopy-gen (a copier), AutoValue (an immutable implementation, rendered with JavaPoet as ours
 * is) and Immutables (an immutable implementation with a builder, rendered from templates).
 */
public enum Peer {
  DEEPCOPY(DeepCopy.class.getName(), DeepCopyProcessor::new, List.of(DeepCopy.class)) {
    @Override
    String generatedName(String type) {
      return type + "DeepCopy";
    }
  },
  AUTOVALUE(AutoValue.class.getName(), AutoValueProcessor::new, List.of(AutoValue.class)) {
    @Override
    String generatedName(String type) {
      return "AutoValue_" + type;
    }
  },
  IMMUTABLES(
      Value.Immutable.class.getCanonicalName(),
      ProxyProcessor::new,
      List.of(Value.class, Generated.class)) {
    @Override
    String generatedName(String type) {
      return "Immutable" + type;
    }
  };

  /** The annotation that marks a type for this processor. */
  final String annotation;

  private final Supplier<Processor> processor;

  /**
   * The classes a project compiles against to use the processor: its annotations, and their nested
   * ones.
   */
  final List<Class<?>> compileClasses;

  Peer(String annotation, Supplier<Processor> processor, List<Class<?>> compileClasses) {
    this.annotation = annotation;
    this.processor = processor;
    this.compileClasses = compileClasses;
  }

  Processor newProcessor() {
    return processor.get();
  }

  /** The simple name of the class the processor writes for the type {@code type}. */
  abstract String generatedName(String type);
}
