package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.fabric8.kubernetes.api.model.Duration;
import java.io.IOException;

/**
 * Kubernetes' {@code metav1.Duration}, held in fabric8's {@code Duration}, as Go has it: written as
 * Go's {@code time.Duration.String()}, so that {@code "1m30s"} read from a manifest is written back
 * as {@code "1m30s"} (fabric8's own serializer writes {@code "90000000000ns"}, which Go reads but
 * no one wrote); read by fabric8, which takes Go's syntax; and copied by {@link #copy}, named in
 * {@code @DeepCopy(uses = GoDurations.class)}: fabric8's class is a mutable holder whose field its
 * accessors do not name ({@code javaDuration} behind {@code getDuration()}), so it is no JavaBean
 * to include.
 */
public final class GoDurations {
  private static final long SECOND = 1_000_000_000L;

  private GoDurations() {}

  /** A new holder of the same duration; deepcopy-gen never passes null. */
  public static Duration copy(Duration in) {
    return new Duration(in.getDuration());
  }

  /** The text Go's {@code time.Duration.String()} gives for {@code nanos}. */
  static String format(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    boolean negative = nanos < 0;
    // Long.MIN_VALUE has no positive counterpart; Go prints it through the same unsigned
    // arithmetic.
    long u = negative ? -nanos : nanos;
    StringBuilder out = new StringBuilder();
    if (Long.compareUnsigned(u, SECOND) < 0) {
      int precision;
      String unit;
      if (u < 1_000L) {
        precision = 0;
        unit = "ns";
      } else if (u < 1_000_000L) {
        precision = 3;
        unit = "\u00b5s";
      } else {
        precision = 6;
        unit = "ms";
      }
      out.insert(0, unit);
      u = fraction(out, u, precision);
      out.insert(0, Long.toUnsignedString(u));
    } else {
      out.insert(0, "s");
      u = fraction(out, u, 9);
      out.insert(0, Long.toUnsignedString(Long.remainderUnsigned(u, 60)));
      u = Long.divideUnsigned(u, 60);
      if (u > 0) {
        out.insert(0, "m");
        out.insert(0, u % 60);
        u /= 60;
        if (u > 0) {
          out.insert(0, "h");
          out.insert(0, u);
        }
      }
    }
    if (negative) {
      out.insert(0, '-');
    }
    return out.toString();
  }

  /**
   * Prepends {@code .digits} of the last {@code precision} digits of {@code v}, less trailing
   * zeros.
   */
  private static long fraction(StringBuilder out, long v, int precision) {
    StringBuilder digits = new StringBuilder();
    boolean printed = false;
    for (int i = 0; i < precision; i++) {
      long digit = Long.remainderUnsigned(v, 10);
      printed |= digit != 0;
      if (printed) {
        digits.insert(0, digit);
      }
      v = Long.divideUnsigned(v, 10);
    }
    if (printed) {
      out.insert(0, "." + digits);
    }
    return v;
  }

  /** Writes a fabric8 {@code Duration} as Go does. */
  public static final class Serializer extends StdSerializer<Duration> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Duration.class);
    }

    @Override
    public void serialize(Duration value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(format(value.getDuration().toNanos()));
    }
  }
}
