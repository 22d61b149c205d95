package io.github.deepcopygen.processor.lang;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What deepcopy-gen knows about JDK value types: which are immutable, and which are copied how. */
public final class KnownTypes {

  /**
   * JDK classes whose instances cannot change after construction, so a copy may share them. Only
   * final classes (or classes whose subclasses are all immutable, like the java.time zone ids)
   * belong here.
   */
  private static final Set<String> IMMUTABLE =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.Class",
          "java.math.BigDecimal",
          "java.math.BigInteger",
          "java.util.UUID",
          "java.util.Locale",
          "java.util.Currency",
          "java.util.OptionalInt",
          "java.util.OptionalLong",
          "java.util.OptionalDouble",
          "java.util.regex.Pattern",
          "java.net.URI",
          "java.net.URL",
          "java.net.InetAddress",
          "java.net.Inet4Address",
          "java.net.Inet6Address",
          "java.nio.charset.Charset",
          "java.nio.file.Path",
          "java.time.Duration",
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.MonthDay",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.Period",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.ZonedDateTime",
          "java.time.ZoneId",
          "java.time.ZoneOffset");

  private static final Set<String> ATOMICS =
      Set.of(
          "java.util.concurrent.atomic.AtomicBoolean",
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicLong");

  private final Types types;
  private final Elements elements;

  /**
   * The qualified names of Jackson's {@code JsonNode} (2 and 3) that the compile class path has: a
   * JSON tree copies such a node by its {@code deepCopy()}.
   */
  public static List<String> jsonNodeClasses(Elements elements) {
    return Stream.of("com.fasterxml.jackson.databind.JsonNode", "tools.jackson.databind.JsonNode")
        .filter(name -> elements.getTypeElement(name) != null)
        .toList();
  }

  public KnownTypes(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  public boolean isImmutable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    return JdkClasses.qualifiedName(type).map(IMMUTABLE::contains).orElse(false);
  }

  /**
   * {@code Date}, {@code Calendar} and their subclasses, and {@code BitSet}: their {@code clone()}
   * returns an equal instance of the same class that shares nothing mutable with the original.
   */
  public boolean isCloneableValue(TypeMirror type) {
    return isSubtypeOfErased(type, "java.util.Date")
        || isSubtypeOfErased(type, "java.util.Calendar")
        || isSubtypeOfErased(type, "java.util.BitSet");
  }

  /** The atomic holders of one value, copied by a constructor taking {@code get()}. */
  public boolean isAtomic(TypeMirror type) {
    return JdkClasses.qualifiedName(type).filter(ATOMICS::contains).isPresent();
  }

  private boolean isSubtypeOfErased(TypeMirror type, String name) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = elements.getTypeElement(name);
    return element != null && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
  }
}
