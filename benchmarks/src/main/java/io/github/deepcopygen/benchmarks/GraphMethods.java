package io.github.deepcopygen.benchmarks;

import com.esotericsoftware.kryo.Kryo;
import io.github.deepcopygen.benchmarks.graph.Document;
import io.github.deepcopygen.benchmarks.graph.DocumentDeepCopy;
import java.util.function.UnaryOperator;
import org.apache.fory.Fory;

/**
 * The copies of an object graph that keep its sharing and cycles (issue 18): the generated {@code
 * deepCopyGraph}, Kryo with references on, and Fory with {@code withRefCopy(true)}.
 */
final class GraphMethods {
  /** The methods, by the name of their benchmark, in the order of the report. */
  static final String[] NAMES = {"generated", "kryo", "fory"};

  private final Kryo kryo;
  private final Fory fory;

  GraphMethods() {
    kryo = RunTimeCopiers.kryo(true);
    fory = RunTimeCopiers.fory(true);
  }

  Document generated(Document in) {
    return DocumentDeepCopy.deepCopyGraph(in);
  }

  Document kryo(Document in) {
    return kryo.copy(in);
  }

  Document fory(Document in) {
    return fory.copy(in);
  }

  /** The method named {@code name} (one of {@link #NAMES}), for the check before measuring. */
  UnaryOperator<Document> byName(String name) {
    return switch (name) {
      case "generated" -> this::generated;
      case "kryo" -> this::kryo;
      case "fory" -> this::fory;
      default -> throw new IllegalArgumentException("no graph copy named " + name);
    };
  }
}
