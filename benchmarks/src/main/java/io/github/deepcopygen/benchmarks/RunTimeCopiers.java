package io.github.deepcopygen.benchmarks;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import org.apache.fory.Fory;
import org.apache.fory.config.Language;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Kryo and Fory set up alike for every benchmark: any class without registration, instantiated
 * without a constructor where it has none to call; references kept only where the objects form a
 * graph.
 */
final class RunTimeCopiers {
  private RunTimeCopiers() {}

  static Kryo kryo(boolean references) {
    Kryo kryo = new Kryo();
    kryo.setRegistrationRequired(false);
    kryo.setReferences(references);
    kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
    return kryo;
  }

  static Fory fory(boolean references) {
    return Fory.builder()
        .withLanguage(Language.JAVA)
        .requireClassRegistration(false)
        .withRefCopy(references)
        .build();
  }
}
