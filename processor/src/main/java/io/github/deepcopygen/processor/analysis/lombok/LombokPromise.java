package io.github.deepcopygen.processor.analysis.lombok;

/**
 * A member a copier calls that Lombok had not written yet when deepcopy-gen ran: a getter, a setter
 * or a constructor ({@code <init>}) of {@code type}, with its number of parameters. The next round
 * checks it.
 */
public record LombokPromise(String type, String member, int parameters) {
  public static final String CONSTRUCTOR = "<init>";

  /**
   * How messages name the member: {@code getName()}, {@code setName(…)}, {@code a constructor
   * without parameters}.
   */
  public String described() {
    if (member.equals(CONSTRUCTOR)) {
      return parameters == 0
          ? "a constructor without parameters"
          : "a constructor taking every field";
    }
    return member + (parameters == 0 ? "()" : "(...)");
  }
}
