package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

@DeepCopy
public class DeepCopyUnsupportedType {
    interface Shape {}

    @DeepCopy
    abstract static class Base {
        String name;
    }

    static class Labelled extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        String label;
    }

    record Node(String name, List<Node> children) {}

    sealed interface Pet permits Dog, Rock {}

    @DeepCopy
    static final class Dog implements Pet {
        String name;
    }

    static final class Rock implements Pet {
        int weight;
    }

    @DeepCopy
    static class Box<T> {
        T value;
    }

    Object anything; // error: [DeepCopyUnsupportedType] Fix: mark the field @DeepCopy.JsonTree if it holds JSON
    Shape shape; // error: [DeepCopyUnsupportedType] make Shape sealed
    List<? extends Shape> shapes; // error: [DeepCopyUnsupportedType] is a wildcard
    @SuppressWarnings("rawtypes")
    List raw; // error: [DeepCopyUnsupportedType] is a raw type
    Map<String, Thread> threads; // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread
    PriorityQueue<String> queue; // error: [DeepCopyUnsupportedType] a JDK collection class deepcopy-gen does not copy
    Labelled labelled; // error: [DeepCopyUnsupportedType] declares fields of its own (Labelled.label)
    Base base; // error: [DeepCopyUnsupportedType] abstract @DeepCopy class
    Node tree; // error: [DeepCopyUnsupportedType] leads back to bad.DeepCopyUnsupportedType.Node
    Pet pet; // error: [DeepCopyUnsupportedType] its permitted subtype Rock cannot be copied
    Optional<Thread> worker; // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread
    @SuppressWarnings("rawtypes")
    Box box; // error: [DeepCopyUnsupportedType] is a raw type
    List<String>[] lists; // error: [DeepCopyUnsupportedType] Java cannot create an array of a generic type
    @DeepCopy.JsonTree Map<String, StringBuilder> notJson; // error: [DeepCopyUnsupportedType] cannot copy java.lang.StringBuilder
    String fine;
    @DeepCopy.Shallow Object sharedOnPurpose;
}
