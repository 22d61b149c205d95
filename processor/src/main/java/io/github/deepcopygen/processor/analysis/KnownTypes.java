package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What deepcopy-gen knows about JDK types: which are immutable, which are cloneable values, which are collections. */
final class KnownTypes {

  /**
   * JDK classes whose instances cannot change after construction, so a copy may share them. Only final
   * classes (or classes whose subclasses are all immutable, like the java.time zone ids) belong here.
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

  /** The collection interfaces copied into a fresh JDK implementation, and the implementation used. */
  private static final Map<String, CollectionShape> COLLECTIONS =
      Map.of(
          "java.util.List", new CollectionShape(ClassName.get("java.util", "ArrayList"), false, true),
          "java.util.Collection", new CollectionShape(ClassName.get("java.util", "ArrayList"), false, false),
          "java.util.Set", new CollectionShape(ClassName.get("java.util", "LinkedHashSet"), true, false));

  static final ClassName MAP_IMPLEMENTATION = ClassName.get("java.util", "LinkedHashMap");

  private final Types types;
  private final Elements elements;

  KnownTypes(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** A fresh collection class for an interface: {@code hashed} sets are presized for the load factor. */
  record CollectionShape(ClassName implementation, boolean hashed, boolean indexed) {}

  boolean isImmutable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    return qualifiedName(type).map(IMMUTABLE::contains).orElse(false);
  }

  Optional<CollectionShape> collectionShape(TypeMirror type) {
    return qualifiedName(type).map(COLLECTIONS::get);
  }

  boolean isMap(TypeMirror type) {
    return qualifiedName(type).filter("java.util.Map"::equals).isPresent();
  }

  /** Whether the type is one of java.util's collection or map types, handled or not. */
  boolean isJdkCollection(TypeMirror type) {
    return isSubtypeOfErased(type, "java.util.Collection") || isSubtypeOfErased(type, "java.util.Map");
  }

  /** {@code java.util.Date} and its subclasses: {@code clone()} keeps the class and every field. */
  boolean isCloneableValue(TypeMirror type) {
    return isSubtypeOfErased(type, "java.util.Date");
  }

  private boolean isSubtypeOfErased(TypeMirror type, String name) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = elements.getTypeElement(name);
    return element != null
        && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
  }

  static Optional<String> qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return Optional.of(element.getQualifiedName().toString());
  }
}
