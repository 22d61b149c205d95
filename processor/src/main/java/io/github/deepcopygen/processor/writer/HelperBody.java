package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;

/**
 * The statements of one helper method, whose parameter is {@code in}: null gives null, then the
 * body of its kind of strategy.
 */
final class HelperBody implements CopyStrategy.Visitor<Void> {
  private final ValueCopies code;
  private final LoopBodies loops;
  private final BuiltBodies built;
  private final CodeBlock.Builder body = CodeBlock.builder();
  private final String name;
  private final TypeName type;
  private final NameAllocator locals;

  private HelperBody(ValueCopies code, String name, TypeName type) {
    this.code = code;
    this.loops = new LoopBodies(code);
    this.built = new BuiltBodies(code);
    this.name = name;
    this.type = type;
    this.locals = code.rendering().helperLocals("element");
  }

  /**
   * The body of the helper {@code name}, which copies values of {@code type} by {@code strategy}.
   */
  static CodeBlock of(ValueCopies code, CopyStrategy strategy, String name, TypeName type) {
    HelperBody helper = new HelperBody(code, name, type);
    helper.body.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    if (!(strategy instanceof CopyStrategy.Dispatch)) {
      // A dispatch hands in to the copy of its case, which looks it up itself.
      code.rendering().lookUp(helper.body, type);
    }
    strategy.accept(helper);
    return helper.body.build();
  }

  /** An operator passed to a generic copier, for a value that needs no loop of its own. */
  private Void direct(CopyStrategy strategy) {
    body.addStatement("return $L", code.nonNullCopyOf(strategy, CodeBlock.of("in"), type, locals));
    return null;
  }

  @Override
  public Void share(CopyStrategy.Share share) {
    return direct(share);
  }

  @Override
  public Void callDeepCopyMethod(CopyStrategy.CallDeepCopyMethod call) {
    return direct(call);
  }

  @Override
  public Void useCopier(CopyStrategy.UseCopier use) {
    return direct(use);
  }

  @Override
  public Void applyOperator(CopyStrategy.ApplyOperator apply) {
    return direct(apply);
  }

  @Override
  public Void callUsesMethod(CopyStrategy.CallUsesMethod call) {
    return direct(call);
  }

  @Override
  public Void cloneValue(CopyStrategy.CloneValue value) {
    return direct(value);
  }

  @Override
  public Void newAtomic(CopyStrategy.NewAtomic atomic) {
    return direct(atomic);
  }

  @Override
  public Void copyJsonTree(CopyStrategy.CopyJsonTree tree) {
    JsonTreeBody json =
        new JsonTreeBody(code.copierName(), code.libraryCopier(), tree.jsonNodes(), tree.index());
    if (tree.number()) {
      json.writeNumber(body);
    } else {
      json.write(body, name);
    }
    return null;
  }

  @Override
  public Void copyArray(CopyStrategy.CopyArray array) {
    loops.array(body, array);
    return null;
  }

  @Override
  public Void copyCollection(CopyStrategy.CopyCollection collection) {
    loops.collection(body, collection);
    return null;
  }

  @Override
  public Void copyMap(CopyStrategy.CopyMap map) {
    loops.map(body, map);
    return null;
  }

  @Override
  public Void copyOptional(CopyStrategy.CopyOptional optional) {
    built.optional(body, optional, locals);
    return null;
  }

  @Override
  public Void rebuildRecord(CopyStrategy.RebuildRecord record) {
    built.record(body, record, locals);
    return null;
  }

  @Override
  public Void dispatch(CopyStrategy.Dispatch dispatch) {
    built.dispatch(body, dispatch, locals);
    return null;
  }
}
