package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.Optional;

/** Writes the statements of one helper method into its body, for every kind of strategy. */
final class HelperBody implements CopyStrategy.Visitor<Void> {
  private final HelperBodies bodies;
  private final CopyCode code;
  private final CodeBlock.Builder body;
  private final String name;
  private final TypeName type;
  private final NameAllocator locals;

  HelperBody(HelperBodies bodies, CopyCode code, CodeBlock.Builder body, String name, TypeName type,
      NameAllocator locals) {
    this.bodies = bodies;
    this.code = code;
    this.body = body;
    this.name = name;
    this.type = type;
    this.locals = locals;
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
    new JsonTreeBody(code.copierName(), code.libraryCopier()).write(body, name);
    return null;
  }

  @Override
  public Void copyArray(CopyStrategy.CopyArray array) {
    bodies.array(body, array);
    return null;
  }

  @Override
  public Void copyCollection(CopyStrategy.CopyCollection collection) {
    bodies.collection(body, collection);
    return null;
  }

  @Override
  public Void copyMap(CopyStrategy.CopyMap map) {
    bodies.map(body, map);
    return null;
  }

  @Override
  public Void copyOptional(CopyStrategy.CopyOptional optional) {
    body.beginControlFlow("if (in.isEmpty())")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow();
    bodies.returnBuilt(body, CodeBlock.of("$T.of($L)", Optional.class,
        code.nonNullCopyOf(optional.value(), CodeBlock.of("in.get()"), optional.valueType(), locals)));
    return null;
  }

  @Override
  public Void rebuildRecord(CopyStrategy.RebuildRecord record) {
    bodies.record(body, record, locals);
    return null;
  }

  @Override
  public Void dispatch(CopyStrategy.Dispatch dispatch) {
    bodies.dispatch(body, dispatch, locals);
    return null;
  }
}
