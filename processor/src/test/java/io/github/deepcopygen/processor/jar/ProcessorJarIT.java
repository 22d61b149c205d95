package io.github.deepcopygen.processor.jar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.TestResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar users get, as Maven packaged it: only our packages (JavaPoet shaded and relocated), the
 * service and Gradle descriptors, an Automatic-Module-Name, and enough on its own to run in javac.
 */
class ProcessorJarIT {
  private static final String PROCESSOR = "io.github.deepcopygen.processor.DeepCopyProcessor";
  private static Path jar;
  private static List<String> entries;

  @BeforeAll
  static void openJar() throws IOException {
    jar = Path.of(System.getProperty("deepcopy.jar"));
    try (JarFile file = new JarFile(jar.toFile())) {
      entries = Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
    }
  }

  @Test
  void holdsNothingOutsideOurPackagesAndItsDescriptors() {
    List<String> foreign = new ArrayList<>();
    for (String entry : entries) {
      boolean ours =
          entry.endsWith("/")
              || entry.startsWith("io/github/deepcopygen/")
              || entry.equals("META-INF/MANIFEST.MF")
              || entry.equals("META-INF/services/javax.annotation.processing.Processor")
              || entry.equals("META-INF/gradle/incremental.annotation.processors")
              || entry.startsWith("META-INF/maven/io.github.deepcopygen/");
      if (!ours) {
        foreign.add(entry);
      }
    }
    assertWithMessage("entries outside our packages").that(foreign).isEmpty();
  }

  @Test
  void javaPoetIsRelocatedAndNothingStillPointsAtItsOriginalPackage() throws IOException {
    assertThat(entries).contains("io/github/deepcopygen/processor/shaded/javapoet/JavaFile.class");
    try (JarFile file = new JarFile(jar.toFile())) {
      for (String entry : entries) {
        if (entry.endsWith(".class")) {
          String bytes = new String(read(file, entry), StandardCharsets.ISO_8859_1);
          assertWithMessage("%s refers to com/palantir/javapoet", entry)
              .that(bytes.contains("com/palantir/javapoet"))
              .isFalse();
        }
      }
    }
  }

  @Test
  void declaresItsModuleNameTheServiceAndGradleIsolatingMode() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("io.github.deepcopygen");
      assertThat(text(file, "META-INF/services/javax.annotation.processing.Processor").trim())
          .isEqualTo(PROCESSOR);
      assertThat(text(file, "META-INF/gradle/incremental.annotation.processors").trim())
          .isEqualTo(PROCESSOR + ",isolating");
    }
  }

  /** The jar alone on javac's processor path and class path, as a user's build puts it. */
  @Test
  void runsInJavacWithNothingButItself(@TempDir Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    int status =
        javac.run(
            null,
            null,
            null,
            "--release",
            "17",
            "-Xlint:all",
            "-Werror",
            "-processorpath",
            jar.toString(),
            "-classpath",
            jar.toString(),
            "-d",
            out.resolve("classes").toString(),
            "-s",
            out.resolve("generated").toString(),
            "-Xstdout",
            out.resolve("javac.log").toString(),
            TestResources.path("good/JavaBeans.java").toString());
    messages.append(readQuietly(out.resolve("javac.log")));
    assertWithMessage("javac: %s", messages).that(status).isEqualTo(0);
    assertThat(Files.exists(out.resolve("generated/golden/JavaBeansDeepCopy.java"))).isTrue();
    assertThat(Files.exists(out.resolve("classes/golden/JavaBeansDeepCopy.class"))).isTrue();
  }

  private static byte[] read(JarFile file, String entry) throws IOException {
    try (InputStream in = file.getInputStream(file.getJarEntry(entry))) {
      return in.readAllBytes();
    }
  }

  private static String text(JarFile file, String entry) throws IOException {
    assertWithMessage("%s in the jar", entry).that(file.getJarEntry(entry)).isNotNull();
    return new String(read(file, entry), StandardCharsets.UTF_8);
  }

  private static String readQuietly(Path path) {
    try {
      return Files.exists(path) ? Files.readString(path) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }
}
