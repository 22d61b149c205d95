package io.github.deepcopygen.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.github.deepcopygen.testing.CopyChecks;
import io.github.deepcopygen.testing.RandomInstances;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Random values of the model's classes that hold a rule their setters do not check: a quantity
 * parses as a number with a suffix, an int-or-string is one of the two; and a JSON node, which is
 * abstract. fabric8's own equals throws on anything else.
 */
final class ModelValues {
  private static final String[] SUFFIXES = {"", "m", "Ki", "Mi", "Gi", "k", "M"};

  private static final Map<Class<?>, Function<Random, ?>> FACTORIES =
      Map.of(
          Quantity.class,
              random -> quantity(random.nextInt(1000) + SUFFIXES[random.nextInt(SUFFIXES.length)]),
          IntOrString.class,
              random ->
                  random.nextBoolean()
                      ? new IntOrString(random.nextInt(65_536))
                      : new IntOrString("port-" + random.nextInt(9)),
          JsonNode.class,
              random ->
                  JsonNodeFactory.instance
                      .objectNode()
                      .put("key" + random.nextInt(3), random.nextInt(9))
                      .set("list", JsonNodeFactory.instance.arrayNode().add(random.nextBoolean())));

  private ModelValues() {}

  /**
   * The copy of a property declared {@code Map} is a LinkedHashMap (copy rule 7), which keeps the
   * order Jackson read; Quantity's constructor starts from a HashMap, and the checks compare
   * classes too.
   */
  private static Quantity quantity(String text) {
    Quantity quantity = new Quantity(text);
    quantity.setAdditionalProperties(new LinkedHashMap<>());
    return quantity;
  }

  static RandomInstances random(long seed) {
    return new RandomInstances(seed, 0.25, FACTORIES);
  }

  static CopyChecks checks(Class<?> type) {
    CopyChecks checks = CopyChecks.of(type).includedIn("io.github.deepcopygen.kubernetes");
    for (Map.Entry<Class<?>, Function<Random, ?>> factory : FACTORIES.entrySet()) {
      checks = building(checks, factory.getKey(), factory.getValue());
    }
    return checks;
  }

  @SuppressWarnings("unchecked") // each factory builds values of its key
  private static <T> CopyChecks building(
      CopyChecks checks, Class<T> type, Function<Random, ?> factory) {
    return checks.building(type, (Function<Random, T>) factory);
  }
}
