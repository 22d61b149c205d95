package io.github.deepcopygen.processor.modules;

import io.github.deepcopygen.DeepCopy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A jar of the annotations with the processor jar's Automatic-Module-Name, built from the compiled
 * classes, so that a test can put them on a module path as users do before the real jar exists.
 */
final class AnnotationsJar {
  static final String MODULE = "io.github.deepcopygen";

  private AnnotationsJar() {}

  static Path write(Path folder) {
    try {
      Path classes =
          Path.of(DeepCopy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path annotations = classes.resolve("io/github/deepcopygen");
      List<Path> files;
      try (Stream<Path> list = Files.list(annotations)) {
        files =
            list.filter(p -> p.getFileName().toString().startsWith("DeepCopy")).sorted().toList();
      }
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().putValue("Automatic-Module-Name", MODULE);
      Path jar = folder.resolve("deepcopy-annotations.jar");
      try (OutputStream out = Files.newOutputStream(jar);
          JarOutputStream zip = new JarOutputStream(out, manifest)) {
        for (Path file : files) {
          zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          zip.write(Files.readAllBytes(file));
          zip.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
