package io.github.deepcopygen.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.github.deepcopygen.processor.model.CollectionCreation;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.FieldAccess;
import io.github.deepcopygen.processor.model.FieldCopy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every kind of strategy, at the top of a field, inside a collection, in an operator and as a
 * helper of its own, goes through every part of the writer, which renders it without a question
 * back: the visitors make a missing kind a compile error, and this plan holds one of each kind.
 */
class WriterCoverageTest {
  private static final ClassName TARGET = ClassName.get("p", "Target");
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeVariableName T = TypeVariableName.get("T");

  @Test
  void everyStrategyIsRenderedEverywhere() {
    List<CopyStrategy> kinds = everyKind();
    Set<Class<?>> covered = new HashSet<>();
    kinds.forEach(kind -> covered.add(kind.getClass()));
    assertThat(covered).containsExactlyElementsIn(leavesOf(CopyStrategy.class));

    List<FieldCopy> fields = new ArrayList<>();
    int i = 0;
    for (CopyStrategy kind : kinds) {
      TypeName type = kind instanceof CopyStrategy.Looped looped ? looped.helperType() : STRING;
      fields.add(
          new FieldCopy(
              "direct" + i, type, new FieldAccess.Direct("direct" + i, Optional.empty()), kind));
      fields.add(
          new FieldCopy(
              "bean" + i, type, new FieldAccess.Bean("getBean" + i, "setBean" + i), kind));
      // Inside a list: a loop around it. As an operator of a generic copier: a helper of its own.
      fields.add(
          new FieldCopy(
              "list" + i,
              list(type),
              new FieldAccess.Direct("list" + i, Optional.empty()),
              new CopyStrategy.CopyCollection(
                  list(type),
                  ClassName.get(ArrayList.class),
                  CollectionCreation.PRESIZED,
                  true,
                  false,
                  type,
                  kind)));
      // As the values of a map kept by a @JsonAnyGetter/@JsonAnySetter pair: an entry at a time.
      TypeName anyMap = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, type);
      fields.add(
          new FieldCopy(
              "any" + i,
              anyMap,
              new FieldAccess.AnyProperties("getAny" + i, "setAny" + i),
              new CopyStrategy.CopyMap(
                  anyMap,
                  ClassName.get(LinkedHashMap.class),
                  CollectionCreation.HASHED,
                  false,
                  STRING,
                  type,
                  kind)));
      fields.add(
          new FieldCopy(
              "boxed" + i,
              STRING,
              new FieldAccess.Direct("boxed" + i, Optional.empty()),
              new CopyStrategy.UseCopier(
                  ClassName.get("p", "BoxDeepCopy"),
                  List.of(new CopyStrategy.Operator(type, kind)),
                  false,
                  Optional.empty())));
      i++;
    }
    for (CopyPlan.ExactClass exact : CopyPlan.ExactClass.values()) {
      for (boolean library : List.of(false, true)) {
        String source =
            new CopierWriter()
                .write(plan(CopyPlan.Shape.CLASS, exact, library, fields, false))
                .toString();
        assertThat(source).contains("deepCopyInto(Target<T> in, Target<T> out");
        assertThat(source).doesNotContain("deepCopyGraph");
      }
    }
    String record =
        new CopierWriter()
            .write(plan(CopyPlan.Shape.RECORD, CopyPlan.ExactClass.NONE, false, List.of(), false))
            .toString();
    assertThat(record).contains("return new Target<>(");
    // The graph copy renders every kind too, each looked up among the copies made so far.
    String graph =
        new CopierWriter()
            .write(plan(CopyPlan.Shape.CLASS, CopyPlan.ExactClass.OPEN, false, fields, true))
            .toString();
    assertThat(graph.replaceAll("\\s+", " "))
        .contains(
            "deepCopyGraphInto(Target<T> in, Target<T> out,"
                + " UnaryOperator<T> copyT, IdentityHashMap<Object, Object> copies)");
    assertThat(graph).contains("copies.put(in, out)");
    assertThat(graph).contains("copyOnce(");
    String graphRecord =
        new CopierWriter()
            .write(plan(CopyPlan.Shape.RECORD, CopyPlan.ExactClass.NONE, false, List.of(), true))
            .toString();
    assertThat(graphRecord).contains("return keep(in, new Target<>(");
  }

  private static CopyPlan plan(
      CopyPlan.Shape shape,
      CopyPlan.ExactClass exact,
      boolean library,
      List<FieldCopy> fields,
      boolean graph) {
    List<CopyStrategy.Component> components = new ArrayList<>();
    if (shape == CopyPlan.Shape.RECORD) {
      int i = 0;
      for (CopyStrategy kind : everyKind()) {
        TypeName type = kind instanceof CopyStrategy.Looped looped ? looped.helperType() : STRING;
        components.add(new CopyStrategy.Component("c" + i++, type, kind));
      }
    }
    return new CopyPlan(
        new CopyPlan.Copied(
            TARGET, ClassName.get("p", "TargetDeepCopy"), true, library, true, List.of()),
        new CopyPlan.Construction(
            shape,
            exact,
            List.of(
                new CopyStrategy.Case(
                    ClassName.get("p", "Sub"),
                    ParameterizedTypeName.get(ClassName.get("p", "Sub"), T),
                    new CopyStrategy.UseCopier(
                        ClassName.get("p", "SubDeepCopy"), List.of(), false, Optional.empty()))),
            shape == CopyPlan.Shape.CONSTRUCTED ? Optional.of("of") : Optional.empty()),
        new CopyPlan.Properties(
            Optional.of(
                new CopyStrategy.UseCopier(
                    ClassName.get("p", "BaseDeepCopy"),
                    List.of(new CopyStrategy.Operator(T, new CopyStrategy.ApplyOperator("copyT"))),
                    false,
                    Optional.empty())),
            fields,
            components),
        new CopyPlan.TypeParameters(List.of(T), List.of("copyT")),
        new CopyPlan.GraphFacts(graph));
  }

  private static List<CopyStrategy> everyKind() {
    ClassName item = ClassName.get("p", "Item");
    CopyStrategy copyItem =
        new CopyStrategy.UseCopier(
            ClassName.get("p", "ItemDeepCopy"), List.of(), false, Optional.empty());
    ClassName map = ClassName.get("java.util", "Map");
    return List.of(
        new CopyStrategy.Share(),
        new CopyStrategy.CallDeepCopyMethod(),
        copyItem,
        new CopyStrategy.ApplyOperator("copyT"),
        new CopyStrategy.CallUsesMethod(ClassName.get("p", "Copies"), "copy"),
        new CopyStrategy.CloneValue(ClassName.get("java.util", "Date")),
        new CopyStrategy.CopyJsonTree(List.of(), false, Optional.empty()),
        new CopyStrategy.CopyJsonTree(
            List.of(ClassName.get("j", "JsonNode")), true, Optional.empty()),
        new CopyStrategy.CopyJsonTree(
            List.of(ClassName.get("j", "JsonNode")),
            false,
            Optional.of(ClassName.get("p", "DeepCopyIndex"))),
        new CopyStrategy.UseCopier(
            ClassName.get("p", "BoxDeepCopy"),
            List.of(
                new CopyStrategy.Operator(
                    ClassName.OBJECT,
                    new CopyStrategy.CopyJsonTree(List.of(), false, Optional.empty()))),
            false,
            Optional.of(ParameterizedTypeName.get(ClassName.get("p", "Box"), ClassName.OBJECT))),
        new CopyStrategy.NewAtomic(ClassName.get("java.util.concurrent.atomic", "AtomicLong")),
        new CopyStrategy.CopyArray(ArrayTypeName.of(item), item, copyItem),
        new CopyStrategy.CopyCollection(
            list(item),
            ClassName.get("java.util", "EnumSet"),
            CollectionCreation.ENUM,
            false,
            true,
            item,
            copyItem),
        new CopyStrategy.CopyMap(
            ParameterizedTypeName.get(map, STRING, item),
            ClassName.get("java.util", "TreeMap"),
            CollectionCreation.SORTED,
            true,
            STRING,
            item,
            copyItem),
        new CopyStrategy.CopyOptional(
            ParameterizedTypeName.get(ClassName.get(Optional.class), item), item, copyItem),
        new CopyStrategy.RebuildRecord(
            ClassName.get("p", "Pair"),
            List.of(new CopyStrategy.Component("first", item, copyItem)),
            false),
        new CopyStrategy.Dispatch(
            ClassName.get("p", "Shape"),
            List.of(
                new CopyStrategy.Case(
                    ClassName.get("p", "Circle"),
                    ClassName.get("p", "Circle"),
                    new CopyStrategy.Share())),
            true,
            Optional.empty()),
        new CopyStrategy.Dispatch(
            ClassName.get("p", "Storage"),
            List.of(
                new CopyStrategy.Case(
                    ClassName.get("p", "Ephemeral"),
                    ClassName.get("p", "Ephemeral"),
                    new CopyStrategy.UseCopier(
                        ClassName.get("p", "EphemeralDeepCopy"),
                        List.of(),
                        false,
                        Optional.empty()))),
            false,
            Optional.of(
                new CopyStrategy.UseCopier(
                    ClassName.get("p", "StorageDeepCopy"), List.of(), false, Optional.empty()))));
  }

  private static TypeName list(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element.box());
  }

  /** The records that implement {@code type}, through its sealed sub-interfaces. */
  private static Set<Class<?>> leavesOf(Class<?> type) {
    Set<Class<?>> leaves = new HashSet<>();
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      if (permitted.isInterface()) {
        leaves.addAll(leavesOf(permitted));
      } else {
        leaves.add(permitted);
      }
    }
    return leaves;
  }
}
