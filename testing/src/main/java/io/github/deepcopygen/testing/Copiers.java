package io.github.deepcopygen.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Calls a type's generated copier by its contract name ({@code FooDeepCopy}), for tests over every type.
 *
 * <p>A {@code @DeepCopy} type's copier sits in the type's own package; the copier of a class listed in
 * {@code @DeepCopy.Include} sits in the package that lists it (its <em>site</em>), so those lookups name
 * the site.
 */
public final class Copiers {
  private Copiers() {}

  /** The copier of a {@code @DeepCopy} type, in the type's own package. */
  public static Class<?> copierOf(Class<?> type) throws ClassNotFoundException {
    return copierOf(type, type.getPackageName());
  }

  /** The copier of {@code type} in package {@code site}: where an {@code @DeepCopy.Include} put it. */
  public static Class<?> copierOf(Class<?> type, String site) throws ClassNotFoundException {
    String nested = type.getName().substring(type.getPackageName().length() + 1).replace('$', '_');
    // The type's own loader: the copier sits beside it, also when a test compiled both at run time.
    return Class.forName(site + "." + nested + "DeepCopy", true, type.getClassLoader());
  }

  public static Object deepCopy(Class<?> type, Object in) throws Exception {
    return deepCopy(type, type.getPackageName(), in);
  }

  public static Object deepCopy(Class<?> type, String site, Object in) throws Exception {
    return invoke(copierOf(type, site).getDeclaredMethod("deepCopy", type), in);
  }

  public static void deepCopyInto(Class<?> type, Object in, Object out) throws Exception {
    deepCopyInto(type, type.getPackageName(), in, out);
  }

  public static void deepCopyInto(Class<?> type, String site, Object in, Object out) throws Exception {
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
