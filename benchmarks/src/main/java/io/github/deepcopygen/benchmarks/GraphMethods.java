package io.github.deepcopygen.benchmarks;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import io.github.deepcopygen.benchmarks.graph.Document;
import io.github.deepcopygen.benchmarks.graph.DocumentDeepCopy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.fory.Fory;
import org.apache.fory.config.Language;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The copies of an object graph that keep its sharing and cycles (issue 18): the generated
 * {@code deepCopyGraph}, Kryo with references on, and Fory with {@code withRefCopy(true)}.
 */
final class GraphMethods {
  /** The methods, by the name of their benchmark, in the order of the report. */
  static final String[] NAMES = {"generated", "kryo", "fory"};

  private final Kryo kryo;
  private final Fory fory;

  GraphMethods() {
    kryo = new Kryo();
    kryo.setRegistrationRequired(false);
    kryo.setReferences(true);
    kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
    fory = Fory.builder().withLanguage(Language.JAVA).requireClassRegistration(false).withRefCopy(true).build();
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
    Map<String, UnaryOperator<Document>> all = new LinkedHashMap<>();
    all.put("generated", this::generated);
    all.put("kryo", this::kryo);
    all.put("fory", this::fory);
    return all.get(name);
  }
}
