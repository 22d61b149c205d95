package io.github.deepcopygen.processor.compilers;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** Interface proxies for tests that must see or bend what a compiler hands a processor. */
public final class Forwarding {
  private Forwarding() {}

  /** Answers a call on {@code type}: {@code null} means "forward it to the real object". */
  @FunctionalInterface
  public interface Interceptor {
    Object answer(Method method, Object[] args) throws Throwable;
  }

  /**
   * A proxy that lets {@code intercept} answer first and forwards what it does not to {@code
   * target}.
   */
  public static <T> T proxy(Class<T> type, T target, Interceptor intercept) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              Object answer = intercept.answer(method, args);
              if (answer != null) {
                return answer;
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
    return type.cast(proxy);
  }
}
