package io.github.deepcopygen.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Calls a type's generated copier by its contract name ({@code FooDeepCopy}), for tests over every
 * type.
 *
 * <p>A {@code @DeepCopy} type's copier sits in the type's own package; the copier of a class listed
 * in {@code @DeepCopy.Include} sits in the package that lists it (its <em>site</em>), so those
 * lookups name the site.
 */
public final class Copiers {
  private Copiers() {}

  /** The copier of a {@code @DeepCopy} type, in the type's own package. */
  public static Class<?> copierOf(Class<?> type) throws ClassNotFoundException {
    return copierOf(type, type.getPackageName());
  }

  /**
   * The copier of {@code type} in package {@code site}: where an {@code @DeepCopy.Include} put it.
   * When another class took the plain name there, the copier has the segments of the type's package
   * in front, the last one first ({@code V1beta1_FooDeepCopy}, then {@code
   * ExtensionsV1beta1_FooDeepCopy}), as the README documents: the first of those whose methods take
   * {@code type} is its copier.
   */
  public static Class<?> copierOf(Class<?> type, String site) throws ClassNotFoundException {
    String simple =
        type.getName().substring(type.getPackageName().length() + 1).replace('$', '_') + "DeepCopy";
    String[] segments =
        type.getPackageName().isEmpty() ? new String[0] : type.getPackageName().split("\\.");
    String prefix = "";
    for (int i = segments.length; i >= 0; i--) {
      if (i < segments.length) {
        prefix = Character.toUpperCase(segments[i].charAt(0)) + segments[i].substring(1) + prefix;
      }
      Class<?> candidate = load(site + "." + (prefix.isEmpty() ? "" : prefix + "_") + simple, type);
      if (candidate != null && copies(candidate, type)) {
        return candidate;
      }
    }
    throw new ClassNotFoundException("no copier of " + type.getName() + " in package " + site);
  }

  private static Class<?> load(String name, Class<?> type) {
    try {
      // The type's own loader: the copier sits beside it, also when a test compiled both at run
      // time.
      return Class.forName(name, true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static boolean copies(Class<?> copier, Class<?> type) {
    for (Method method : copier.getDeclaredMethods()) {
      if ((method.getName().equals("deepCopy") || method.getName().equals("deepCopyInto"))
          && method.getParameterCount() > 0
          && method.getParameterTypes()[0] == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the copier has a {@code deepCopyInto}: not for a record or a class with only final
   * fields.
   */
  public static boolean hasDeepCopyInto(Class<?> type, String site) throws ClassNotFoundException {
    for (Method method : copierOf(type, site).getDeclaredMethods()) {
      if (method.getName().equals("deepCopyInto")) {
        return true;
      }
    }
    return false;
  }

  public static Object deepCopy(Class<?> type, Object in) throws Exception {
    return deepCopy(type, type.getPackageName(), in);
  }

  public static Object deepCopy(Class<?> type, String site, Object in) throws Exception {
    return invoke(copierOf(type, site).getDeclaredMethod("deepCopy", type), in);
  }

  /**
   * Whether the type is {@code @DeepCopy(graph = true)}: its copier has {@code deepCopyGraph}, or
   * for an abstract class {@code deepCopyGraphInto}.
   */
  public static boolean hasDeepCopyGraph(Class<?> type) throws ClassNotFoundException {
    return hasDeepCopyGraph(type, type.getPackageName());
  }

  /** As {@link #hasDeepCopyGraph(Class)}, for the copier in package {@code site}. */
  public static boolean hasDeepCopyGraph(Class<?> type, String site) throws ClassNotFoundException {
    for (Method method : copierOf(type, site).getDeclaredMethods()) {
      if (method.getName().startsWith("deepCopyGraph")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the class has a public {@code deepCopy()} of its own, which the copiers call (rule 3).
   */
  public static boolean copiesItself(Class<?> type) {
    try {
      Method method = type.getMethod("deepCopy");
      return !Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** {@code FooDeepCopy.deepCopyGraph(in)}. */
  public static Object deepCopyGraph(Class<?> type, Object in) throws Exception {
    return invoke(copierOf(type).getDeclaredMethod("deepCopyGraph", type), in);
  }

  public static void deepCopyInto(Class<?> type, Object in, Object out) throws Exception {
    deepCopyInto(type, type.getPackageName(), in, out);
  }

  public static void deepCopyInto(Class<?> type, String site, Object in, Object out)
      throws Exception {
    invoke(copierOf(type, site).getDeclaredMethod("deepCopyInto", type, type), in, out);
  }

  private static Object invoke(Method method, Object... arguments) throws Exception {
    method.setAccessible(true); // a package-private type has a package-private copier
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
