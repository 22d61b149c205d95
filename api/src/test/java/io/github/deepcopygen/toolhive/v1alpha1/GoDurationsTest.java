package io.github.deepcopygen.toolhive.v1alpha1;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GoDurations#format} against what Go's {@code time.Duration.String()} prints for the same
 * values.
 */
class GoDurationsTest {
  @ParameterizedTest(name = "{0} ns is {1}")
  @CsvSource({
    "0, 0s",
    "1, 1ns",
    "999, 999ns",
    "1100, 1.1\u00b5s",
    "2200000, 2.2ms",
    "1500000000, 1.5s",
    "10000000000, 10s",
    "60000000000, 1m0s",
    "90000000000, 1m30s",
    "3600000000000, 1h0m0s",
    "3723500000000, 1h2m3.5s",
    "-90000000000, -1m30s",
    "9223372036854775807, 2562047h47m16.854775807s"
  })
  void formatsAsGoDoes(long nanos, String go) {
    assertThat(GoDurations.format(nanos)).isEqualTo(go);
    if (nanos > 0) {
      assertThat(GoDurations.format(Duration.ofNanos(nanos).toNanos())).isEqualTo(go);
    }
  }
}
