package io.github.deepcopygen.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON values as Jackson reads them into {@code Object}: null, strings, booleans, numbers,
 * {@code LinkedHashMap}s with string keys and {@code ArrayList}s, nested a few levels deep.
 */
final class RandomJson {
  private static final int MAX_DEPTH = 3;
  private final Random random;

  RandomJson(Random random) {
    this.random = random;
  }

  Object value() {
    return value(0);
  }

  private Object value(int depth) {
    int kinds = depth < MAX_DEPTH ? 8 : 6;
    switch (random.nextInt(kinds)) {
      case 0:
        return null;
      case 1:
        return "s" + random.nextInt(1000);
      case 2:
        return random.nextBoolean();
      case 3:
        return random.nextInt(100);
      case 4:
        return random.nextInt(100) / 4.0;
      case 5:
        return BigDecimal.valueOf(random.nextInt(1000), 2);
      case 6:
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          object.put("k" + random.nextInt(100), value(depth + 1));
        }
        return object;
      default:
        List<Object> array = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(value(depth + 1));
        }
        return array;
    }
  }
}
