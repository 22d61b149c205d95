package io.github.deepcopygen.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The resource classes of fabric8's model artifacts on the test class path, found by reading the
 * jars rather than by a list of ours: what a new fabric8 version adds shows up here first.
 */
final class ModelClasses {
  private ModelClasses() {}

  /**
   * Every public concrete resource class and resource list class, but KubernetesList (items of any
   * class).
   */
  static List<Class<?>> resourcesAndLists() {
    TreeSet<String> names = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.matches(".*kubernetes-model-[a-z]+-[^/\\\\]*\\.jar")) {
        names.addAll(classesIn(entry));
      }
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      Class<?> type = load(name);
      if (type != null
          && Modifier.isPublic(type.getModifiers())
          && !Modifier.isAbstract(type.getModifiers())
          && !type.isInterface()
          && type != KubernetesList.class
          && (HasMetadata.class.isAssignableFrom(type)
              || KubernetesResourceList.class.isAssignableFrom(type))) {
        found.add(type);
      }
    }
    return found;
  }

  private static List<String> classesIn(String jar) {
    try (JarFile file = new JarFile(jar)) {
      List<String> names = new ArrayList<>();
      for (JarEntry entry : Collections.list(file.entries())) {
        String name = entry.getName();
        if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("module-info.class")) {
          names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ModelClasses.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null; // a class whose optional dependencies are absent is no resource of ours
    }
  }
}
