package golden;

import io.github.deepcopygen.DeepCopy;

/** A package-private final type gets a package-private copier, and no subclass check. */
@DeepCopy
final class PackagePrivate {
    String value;
}
