package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Renders copy strategies as Java in one rendering: one expression per value, and a private static
 * helper method for every value that needs statements (a loop, a dispatch, a record rebuilt),
 * shared by all fields of the same type. In a generic copier, helpers take the operators they use
 * as parameters.
 */
final class CopyCode implements ValueCopies {
  private static final ClassName UNARY_OPERATOR = ClassName.get(UnaryOperator.class);

  /**
   * What the tree and graph renderings of one copier share: its name, its helpers, its graph
   * utilities.
   */
  private record Copier(
      ClassName name,
      Optional<String> library,
      Map<String, TypeVariableName> typeVariables,
      List<MethodSpec> helpers,
      GraphUtilities utilities) {}

  /** A helper method: its name and the operators it takes, in the copier's order. */
  private record Helper(String name, List<String> operators) {}

  private final Copier copier;
  private final Rendering rendering;

  /** The tree rendering's code, which a graph copy hands the values it copies once as a tree. */
  private final CopyCode tree;

  /**
   * The helpers of this rendering, by strategy: a graph helper overloads the tree's of the same
   * name.
   */
  private final Map<List<Object>, Helper> helpersByStrategy = new HashMap<>();

  private final HelperNames names = new HelperNames();
  private CopyCode graph;

  private CopyCode(Copier copier, Rendering rendering, CopyCode tree) {
    this.copier = copier;
    this.rendering = rendering;
    this.tree = tree == null ? this : tree;
  }

  /**
   * The tree rendering's code of a copier.
   *
   * @param operators the copier's operator parameter names, one per type variable, in order
   * @param library the simple name of the library class the copier copies, if it copies one
   */
  static CopyCode tree(
      ClassName name,
      List<TypeVariableName> variables,
      List<String> operators,
      Optional<String> library) {
    Map<String, TypeVariableName> typeVariables = new LinkedHashMap<>();
    for (int i = 0; i < operators.size(); i++) {
      typeVariables.put(operators.get(i), variables.get(i));
    }
    Copier copier =
        new Copier(name, library, typeVariables, new ArrayList<>(), new GraphUtilities());
    return new CopyCode(copier, new TreeRendering(), null);
  }

  /**
   * The graph rendering's code of the same copier: its helpers overload the tree's, beside them.
   */
  CopyCode graph() {
    if (graph == null) {
      graph = new CopyCode(copier, new GraphRendering(copier.utilities()), this);
    }
    return graph;
  }

  @Override
  public Rendering rendering() {
    return rendering;
  }

  @Override
  public String copierName() {
    return copier.name().simpleName();
  }

  @Override
  public Optional<String> libraryCopier() {
    return copier.library();
  }

  /**
   * The helpers written so far by either rendering, in the order their first use asked for them.
   */
  List<MethodSpec> helpers() {
    return List.copyOf(copier.helpers());
  }

  /**
   * The methods every graph copy calls ({@code copied}, {@code keep}, {@code copyOnce}) that it
   * used.
   */
  List<MethodSpec> graphUtilities() {
    return copier.utilities().methods();
  }

  @Override
  public CodeBlock copyOf(
      CodeBlock.Builder body,
      NameAllocator locals,
      String localName,
      CopyStrategy strategy,
      TypeName type,
      CodeBlock source,
      boolean cheap) {
    if (!cheap && readsSourceTwice(strategy, type)) {
      String local = locals.newName(localName);
      body.addStatement("$T $N = $L", type, local, source);
      return expression(strategy, CodeBlock.of("$N", local), type, locals);
    }
    return expression(strategy, source, type, locals);
  }

  @Override
  public CodeBlock expression(
      CopyStrategy strategy, CodeBlock source, TypeName type, NameAllocator locals) {
    return strategy
        .accept(inline(source, type, locals))
        .fold(
            copy -> CodeBlock.of("$L == null ? null : $L", source, copy),
            looped -> {
              Helper helper = helperFor(looped, looped.helperType());
              return CodeBlock.of(
                  "$N($L$L$L)",
                  helper.name(),
                  source,
                  trailing(helper.operators()),
                  rendering.copiesArgument());
            },
            copy -> copy);
  }

  @Override
  public CodeBlock nonNullCopyOf(
      CopyStrategy strategy, CodeBlock source, TypeName type, NameAllocator locals) {
    return strategy
        .accept(inline(source, type, locals))
        .fold(copy -> copy, looped -> expression(strategy, source, type, locals), copy -> copy);
  }

  private CopyStrategy.Visitor<InlineCopy.Result> inline(
      CodeBlock source, TypeName type, NameAllocator locals) {
    return rendering.inline(
        source,
        use -> copierArguments(use, locals),
        strategy -> leaf(strategy, type, source, locals));
  }

  /**
   * A value of the graph that the tree copy copies, once: {@code copyOnce(x, copies,
   * Foo::deepCopy)}. A {@code @DeepCopy} type that is no graph type, a hand-written {@code
   * deepCopy()}, a JDK value.
   */
  private CodeBlock leaf(
      CopyStrategy strategy, TypeName type, CodeBlock source, NameAllocator locals) {
    copier.utilities().useCopyOnce();
    return CodeBlock.of(
        "copyOnce($L, copies, $L)",
        source,
        tree.operator(new CopyStrategy.Operator(type, strategy), locals));
  }

  /** Whether {@link #expression} names its source twice (a null check, then the copy). */
  private boolean readsSourceTwice(CopyStrategy strategy, TypeName type) {
    return rendering.mayReadSourceTwice()
        && strategy
            .accept(inline(CodeBlock.of("x"), type, new NameAllocator()))
            .fold(copy -> true, looped -> false, copy -> false);
  }

  /** {@code , op1, op2}, each a {@code UnaryOperator}, and what the rendering passes after them. */
  private CodeBlock copierArguments(CopyStrategy.UseCopier use, NameAllocator locals) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (CopyStrategy.Operator operator : use.operators()) {
      arguments.add(CodeBlock.of(", $L", operator(operator, locals)));
    }
    return rendering.copierArguments(use, CodeBlock.join(arguments, ""));
  }

  /**
   * A {@code UnaryOperator} that copies the values of one type argument. In the graph copy, one
   * that copies within it: {@code value -> FooDeepCopy.deepCopyGraph(value, copies)}.
   */
  CodeBlock operator(CopyStrategy.Operator operator, NameAllocator locals) {
    CopyStrategy strategy = operator.strategy();
    if (!rendering.passesOperatorAsIs(strategy)) {
      String value = locals.newName("value");
      return CodeBlock.of(
          "$N -> $L",
          value,
          nonNullCopyOf(strategy, CodeBlock.of("$N", value), operator.type(), locals));
    }
    if (strategy instanceof CopyStrategy.Share) {
      return CodeBlock.of("$T.identity()", UNARY_OPERATOR);
    }
    if (strategy instanceof CopyStrategy.ApplyOperator apply) {
      return CodeBlock.of("$N", apply.operator());
    }
    if (strategy instanceof CopyStrategy.UseCopier use && use.operators().isEmpty()) {
      return CodeBlock.of("$T::deepCopy", use.copier());
    }
    Helper helper = helperFor(strategy, operator.type());
    if (helper.operators().isEmpty()) {
      return CodeBlock.of("$T::$N", copier.name(), helper.name());
    }
    String value = locals.newName("value");
    return CodeBlock.of(
        "$N -> $N($N$L)", value, helper.name(), value, trailing(helper.operators()));
  }

  private static CodeBlock trailing(List<String> operators) {
    CodeBlock.Builder out = CodeBlock.builder();
    operators.forEach(operator -> out.add(", $N", operator));
    return out.build();
  }

  /** The helper that copies values of {@code type} by {@code strategy}, written on first use. */
  private Helper helperFor(CopyStrategy strategy, TypeName type) {
    List<Object> key = List.of(strategy, type);
    Helper existing = helpersByStrategy.get(key);
    if (existing != null) {
      return existing;
    }
    List<String> operators = OperatorUse.of(strategy, copier.typeVariables().keySet());
    // A JSON tree is named for what it holds: its type, Object, says nothing.
    String name =
        strategy instanceof CopyStrategy.CopyJsonTree
            ? names.newName(
                ((CopyStrategy.CopyJsonTree) strategy).number() ? "copyJsonNumber" : "copyJsonTree")
            : names.newName(type);
    Helper helper = new Helper(name, operators);
    helpersByStrategy.put(key, helper);
    // Reserve the slot first so that a helper precedes the helpers it calls.
    List<MethodSpec> helpers = copier.helpers();
    int slot = helpers.size();
    helpers.add(null);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(helper.name())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type)
            .addParameter(type, "in");
    for (String operator : operators) {
      TypeVariableName variable = copier.typeVariables().get(operator);
      method.addTypeVariable(variable);
      method.addParameter(ParameterizedTypeName.get(UNARY_OPERATOR, variable), operator);
    }
    rendering.addCopiesParameter(method);
    helpers.set(slot, method.addCode(HelperBody.of(this, strategy, helper.name(), type)).build());
    return helper;
  }
}
