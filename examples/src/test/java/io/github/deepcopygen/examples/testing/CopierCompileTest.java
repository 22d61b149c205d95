package io.github.deepcopygen.examples.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.deepcopygen.processor.DeepCopyProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How a user tests their own types' copiers with Google's compile-testing: compile the type with
 * the processor, then assert that the copier was written, or that a bad field is an error on its
 * line.
 */
class CopierCompileTest {

  @Test
  void theCopierOfAValidTypeIsWritten() {
    JavaFileObject customer =
        JavaFileObjects.forSourceLines(
            "com.example.Customer",
            "package com.example;",
            "",
            "import io.github.deepcopygen.DeepCopy;",
            "import java.util.List;",
            "",
            "@DeepCopy",
            "public class Customer {",
            "    String name;",
            "    List<String> tags;",
            "}");

    Compilation compilation = javac().withProcessors(new DeepCopyProcessor()).compile(customer);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.CustomerDeepCopy")
        .contentsAsUtf8String()
        .contains("public static Customer deepCopy(Customer in)");
  }

  @Test
  void aFieldNoRuleCopiesIsAnErrorOnItsLine() {
    JavaFileObject order =
        JavaFileObjects.forSourceLines(
            "com.example.Order",
            "package com.example;",
            "",
            "import io.github.deepcopygen.DeepCopy;",
            "",
            "@DeepCopy",
            "public class Order {",
            "    Object payload;",
            "}");

    Compilation compilation = javac().withProcessors(new DeepCopyProcessor()).compile(order);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[DeepCopyUnsupportedType] Field payload has type java.lang.Object")
        .inFile(order)
        .onLine(7);
  }
}
