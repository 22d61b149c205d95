package io.github.deepcopygen.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Calls a type's generated copier by its contract name ({@code FooDeepCopy}), for tests over every type. */
public final class Copiers {
  private Copiers() {}

  public static Class<?> copierOf(Class<?> type) throws ClassNotFoundException {
    String nested = type.getName().substring(type.getPackageName().length() + 1).replace('$', '_');
    return Class.forName(type.getPackageName() + "." + nested + "DeepCopy");
  }

  public static Object deepCopy(Class<?> type, Object in) throws Exception {
    return invoke(copierOf(type).getMethod("deepCopy", type), in);
  }

  public static void deepCopyInto(Class<?> type, Object in, Object out) throws Exception {
    invoke(copierOf(type).getMethod("deepCopyInto", type, type), in, out);
  }

  private static Object invoke(Method method, Object... arguments) throws Exception {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
