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
 * Renders copy strategies as Java: one expression per value, and a private static helper method for
 * every value that needs statements (a loop, a dispatch, a record rebuilt), shared by all fields of the
 * same type. In a generic copier, helpers take the operators they use as parameters.
 */
final class CopyCode {
  private static final ClassName UNARY_OPERATOR = ClassName.get(UnaryOperator.class);

  private final ClassName copier;
  private final Optional<String> library;
  private final Map<String, TypeVariableName> typeVariables;
  private final HelperNames names = new HelperNames();
  private final Map<List<Object>, Helper> helpersByStrategy = new HashMap<>();
  private final List<MethodSpec> helpers;
  private final HelperBodies bodies = new HelperBodies(this);
  /** The tree copy's code: this one, or the one a graph copy hands its leaves to. */
  private final CopyCode tree;
  /** The graph copy's code, made on first use; it shares the helper list with the tree's. */
  private CopyCode graph;
  private final GraphUtilities utilities;

  /** A helper method: its name and the operators it takes, in the copier's order. */
  private record Helper(String name, List<String> operators) {}

  /**
   * @param operators the copier's operator parameter names, one per type variable, in order
   * @param library the simple name of the library class the copier copies, if it copies one
   */
  CopyCode(ClassName copier, List<TypeVariableName> variables, List<String> operators,
      Optional<String> library) {
    this.copier = copier;
    this.library = library;
    this.typeVariables = new LinkedHashMap<>();
    for (int i = 0; i < operators.size(); i++) {
      typeVariables.put(operators.get(i), variables.get(i));
    }
    this.helpers = new ArrayList<>();
    this.tree = this;
    this.utilities = new GraphUtilities();
  }

  private CopyCode(CopyCode tree) {
    this.copier = tree.copier;
    this.library = tree.library;
    this.typeVariables = tree.typeVariables;
    this.helpers = tree.helpers;
    this.tree = tree;
    this.utilities = tree.utilities;
  }

  /**
   * The code of the graph copy: the same strategies, each value looked up in and registered with the
   * map of copies made so far, {@code copies}. Its helpers take that map last and overload the tree's.
   */
  CopyCode graph() {
    if (tree != this) {
      return this;
    }
    if (graph == null) {
      graph = new CopyCode(this);
    }
    return graph;
  }

  /** Whether this renders the graph copy. */
  boolean isGraph() {
    return tree != this;
  }

  /** The methods every graph copy calls ({@code copied}, {@code keep}, {@code copyOnce}) that it used. */
  GraphUtilities utilities() {
    return utilities;
  }

  /** The simple name of the copier being written, for the messages of the exceptions it throws. */
  String copierName() {
    return copier.simpleName();
  }

  /** The library class this copier copies, whose copy the user can only replace, never annotate. */
  Optional<String> libraryCopier() {
    return library;
  }

  /** The helpers written so far, in the order their first use asked for them. */
  List<MethodSpec> helpers() {
    return List.copyOf(helpers);
  }

  /**
   * The expression that copies {@code source} (of {@code type}). A source that is not {@code cheap} (a
   * getter call) is first read into a local, declared in {@code body}, when the expression would name
   * it twice.
   */
  CodeBlock copyOf(CodeBlock.Builder body, NameAllocator locals, String localName,
      CopyStrategy strategy, TypeName type, CodeBlock source, boolean cheap) {
    if (!cheap && readsSourceTwice(strategy, type)) {
      String local = locals.newName(localName);
      body.addStatement("$T $N = $L", type, local, source);
      return expression(strategy, CodeBlock.of("$N", local), type, locals);
    }
    return expression(strategy, source, type, locals);
  }

  /** The copy of {@code source}, of {@code type}, which must be safe to evaluate more than once. */
  CodeBlock expression(CopyStrategy strategy, CodeBlock source, TypeName type, NameAllocator locals) {
    return strategy.accept(inline(source, type, locals)).fold(
        copy -> CodeBlock.of("$L == null ? null : $L", source, copy),
        looped -> {
          Helper helper = helperFor(looped, looped.helperType());
          return CodeBlock.of("$N($L$L$L)", helper.name(), source, trailing(helper.operators()),
              isGraph() ? CodeBlock.of(", copies") : CodeBlock.of(""));
        },
        copy -> copy);
  }

  /** The copy of {@code source}, of {@code type}, known not to be null: no null check needed. */
  CodeBlock nonNullCopyOf(CopyStrategy strategy, CodeBlock source, TypeName type, NameAllocator locals) {
    return strategy.accept(inline(source, type, locals)).fold(
        copy -> copy, looped -> expression(strategy, source, type, locals), copy -> copy);
  }

  private CopyStrategy.Visitor<InlineCopy.Rendering> inline(CodeBlock source, TypeName type,
      NameAllocator locals) {
    if (isGraph()) {
      return new GraphInlineCopy(source, use -> operatorArguments(use, locals),
          strategy -> leaf(strategy, type, source, locals));
    }
    return new InlineCopy(source, use -> operatorArguments(use, locals));
  }

  /**
   * A value of the graph that the tree copy copies, once: {@code copyOnce(x, copies, Foo::deepCopy)}.
   * A {@code @DeepCopy} type that is no graph type, a hand-written {@code deepCopy()}, a JDK value.
   */
  private CodeBlock leaf(CopyStrategy strategy, TypeName type, CodeBlock source, NameAllocator locals) {
    utilities.useCopyOnce();
    return CodeBlock.of("copyOnce($L, copies, $L)", source,
        tree.operator(new CopyStrategy.Operator(type, strategy), locals));
  }

  /** Whether {@link #expression} names its source twice (a null check, then the copy). */
  private boolean readsSourceTwice(CopyStrategy strategy, TypeName type) {
    if (isGraph()) {
      return false; // every graph copy is a null-safe call: asking would render (and register) a leaf
    }
    return strategy.accept(inline(CodeBlock.of("x"), type, new NameAllocator()))
        .fold(copy -> true, looped -> false, copy -> false);
  }

  /**
   * {@code , op1, op2}: the operators a generic copier takes, each as a {@code UnaryOperator}; for a
   * graph copier's {@code deepCopyGraph}, the map of copies after them.
   */
  private CodeBlock operatorArguments(CopyStrategy.UseCopier use, NameAllocator locals) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (CopyStrategy.Operator operator : use.operators()) {
      arguments.add(CodeBlock.of(", $L", operator(operator, locals)));
    }
    if (isGraph() && use.graph()) {
      arguments.add(CodeBlock.of(", copies"));
    }
    return CodeBlock.join(arguments, "");
  }

  /**
   * A {@code UnaryOperator} that copies the values of one type argument. In the graph copy, one that
   * copies within it: {@code value -> FooDeepCopy.deepCopyGraph(value, copies)}.
   */
  CodeBlock operator(CopyStrategy.Operator operator, NameAllocator locals) {
    CopyStrategy strategy = operator.strategy();
    if (isGraph() && !(strategy instanceof CopyStrategy.Share)
        && !(strategy instanceof CopyStrategy.ApplyOperator)) {
      String value = locals.newName("value");
      return CodeBlock.of("$N -> $L", value,
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
      return CodeBlock.of("$T::$N", copier, helper.name());
    }
    String value = locals.newName("value");
    return CodeBlock.of("$N -> $N($N$L)", value, helper.name(), value, trailing(helper.operators()));
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
    List<String> operators = OperatorUse.of(strategy, typeVariables.keySet());
    // A JSON tree is named for what it holds: its type, Object, says nothing.
    String name = strategy instanceof CopyStrategy.CopyJsonTree
        ? names.newName("copyJsonTree")
        : names.newName(type);
    Helper helper = new Helper(name, operators);
    helpersByStrategy.put(key, helper);
    // Reserve the slot first so that a helper precedes the helpers it calls.
    int slot = helpers.size();
    helpers.add(null);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(helper.name())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type)
            .addParameter(type, "in");
    for (String operator : operators) {
      TypeVariableName variable = typeVariables.get(operator);
      method.addTypeVariable(variable);
      method.addParameter(ParameterizedTypeName.get(UNARY_OPERATOR, variable), operator);
    }
    if (isGraph()) {
      method.addParameter(GraphUtilities.COPIES, "copies");
    }
    helpers.set(slot, method.addCode(bodies.of(strategy, helper.name(), type)).build());
    return helper;
  }
}
