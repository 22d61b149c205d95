package io.github.deepcopygen.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Reason} with the facts that fill it in: the first arguments go into its {@code why}, the
 * rest into its {@code fix}. A reason that only adds to another (a sealed type refused for one of
 * its subtypes) wraps that {@code cause}, whose text ends its {@code why} and whose fix is its fix.
 */
public record Explanation(Reason reason, List<Object> args, Optional<Explanation> cause) {
  private static final Pattern PLACEHOLDER = Pattern.compile("%s");

  public Explanation {
    args = List.copyOf(args);
  }

  public static Explanation of(Reason reason, Object... args) {
    return new Explanation(reason, List.of(args), Optional.empty());
  }

  /**
   * {@code reason}, whose last {@code why} placeholder is {@code cause}'s own why, and whose fix is
   * its fix.
   */
  public static Explanation wrapping(Reason reason, Explanation cause, Object... args) {
    return new Explanation(reason, List.of(args), Optional.of(cause));
  }

  public String why() {
    List<Object> whyArgs = new ArrayList<>(args.subList(0, Math.min(args.size(), whyCount())));
    cause.ifPresent(c -> whyArgs.add(c.why()));
    return String.format(Locale.ROOT, reason.whyFormat(), whyArgs.toArray());
  }

  public String fix() {
    if (reason.fixFormat() == null) {
      return cause.map(Explanation::fix).orElse("");
    }
    List<Object> fixArgs = args.subList(Math.min(args.size(), whyCount()), args.size());
    return String.format(Locale.ROOT, reason.fixFormat(), fixArgs.toArray());
  }

  /** How many of the arguments are the why's: its placeholders, less the one a cause fills. */
  private int whyCount() {
    Matcher matcher = PLACEHOLDER.matcher(reason.whyFormat());
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return cause.isPresent() ? count - 1 : count;
  }
}
