package io.github.deepcopygen.processor.lang;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;

/**
 * Whether generated code in a given package may use a member: the copier lives beside the copied
 * type.
 */
public final class Visibility {
  private Visibility() {}

  public static boolean isVisibleFrom(Element member, String packageName) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    // Package-private and protected members are visible to a copier in the same package; the copier
    // is no subclass, so protected grants it nothing more.
    return packageOf(member).getQualifiedName().contentEquals(packageName);
  }

  public static PackageElement packageOf(Element element) {
    Element current = element;
    while (!(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return (PackageElement) current;
  }
}
