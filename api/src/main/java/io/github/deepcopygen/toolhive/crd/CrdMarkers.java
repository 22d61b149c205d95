package io.github.deepcopygen.toolhive.crd;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kubebuilder markers of a field that fabric8's generator annotations cannot say, read by
 * {@link SchemaMarkers} when fabric8's CRD generator writes the field's class's schema. The class
 * opts in with {@code @SchemaCustomizer(value = SchemaMarkers.class, input = "<its qualified
 * name>")}. On the class itself, the markers apply to the class's own object schema ({@code
 * mapType}). Each attribute left at its default adds nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface CrdMarkers {
  /** {@code format}, as controller-gen writes it: {@code int32} for a Go {@code int32}. */
  String format() default "";

  /** {@code +kubebuilder:validation:Enum}: the values a string may take. */
  String[] enumValues() default {};

  /** {@code +listType}: {@code atomic}, {@code set} or {@code map}, for server-side apply. */
  String listType() default "";

  /** {@code +listMapKey}: the keys of a {@code map} list's entries. */
  String[] listMapKeys() default {};

  /**
   * {@code +kubebuilder:pruning:PreserveUnknownFields} with {@code
   * +kubebuilder:validation:Type=object}: a free-form object the API server keeps whole, not an
   * embedded resource.
   */
  boolean freeFormObject() default false;

  /**
   * {@code +kubebuilder:pruning:PreserveUnknownFields} with {@code
   * +kubebuilder:validation:Schemaless}: any JSON value at all, of no declared type.
   */
  boolean anyJson() default false;

  /**
   * {@code +structType} / {@code +mapType}: {@code atomic} or {@code granular}, for server-side
   * apply.
   */
  String mapType() default "";

  /** A pattern every value of a string map must match, as a marker on Go's value type says. */
  String valuesPattern() default "";

  /** {@code +kubebuilder:validation:MinItems}; negative for none. */
  long minItems() default -1;

  /** {@code +kubebuilder:validation:MaxItems}; negative for none. */
  long maxItems() default -1;

  /** {@code +kubebuilder:validation:MaxProperties}; negative for none. */
  long maxProperties() default -1;
}
