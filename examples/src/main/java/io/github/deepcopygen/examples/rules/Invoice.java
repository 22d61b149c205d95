package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 10, value classes: final classes whose fields are all final. {@code Money} holds only
 * immutable values and is shared; {@code Lines} holds a list and is rebuilt through its
 * constructor, the list copied; {@code Period}, not final, likewise, and a subclass of it is
 * refused. None is {@code @DeepCopy}.
 */
@DeepCopy
public class Invoice {
  public Money total;
  public Lines lines;
  public Period period;

  public static final class Money {
    private final String currency;
    private final long cents;

    public Money(String currency, long cents) {
      this.currency = currency;
      this.cents = cents;
    }

    public String getCurrency() {
      return currency;
    }

    public long getCents() {
      return cents;
    }
  }

  public static final class Lines {
    private final List<String> items;

    public Lines(List<String> items) {
      this.items = items;
    }

    public List<String> getItems() {
      return items;
    }
  }

  /**
   * Not final: rebuilt through its constructor too, and a subclass is refused rather than sliced.
   */
  public static class Period {
    private final List<String> months;

    public Period(List<String> months) {
      this.months = months;
    }

    public List<String> getMonths() {
      return months;
    }
  }
}
