package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * A graph type whose graph copy hands values to the tree copies of types that are no graph types: a
 * warning where such a tree copy can lead back to the graph type, none where it cannot, where the graph
 * copy goes on in another graph type, where the field is shared, or where the warning is suppressed.
 * Every copier is still written.
 */
@DeepCopy(graph = true)
public class DeepCopyTreeOnGraphCycle {
    Note note; // warning: [DeepCopyTreeOnGraphCycle] Field note of the graph type DeepCopyTreeOnGraphCycle holds Note, which is no graph type
    List<Note> notes; // warning: [DeepCopyTreeOnGraphCycle] Note can reach DeepCopyTreeOnGraphCycle again (through Note.owner)
    Map<String, Chain[]> chains; // warning: [DeepCopyTreeOnGraphCycle] (through Chain.first, Link.back)
    Holder<DeepCopyTreeOnGraphCycle> holder; // warning: [DeepCopyTreeOnGraphCycle] (as its type argument DeepCopyTreeOnGraphCycle)
    Label label;
    Holder<Label> labels;
    Peer peer;
    @SuppressWarnings("DeepCopyTreeOnGraphCycle")
    Note quiet;
    @DeepCopy.Shallow
    Note shared;

    @DeepCopy
    public static class Note {
        String text;
        DeepCopyTreeOnGraphCycle owner;
    }

    @DeepCopy
    public static class Chain {
        Link first;
    }

    @DeepCopy
    public static class Link {
        Link next;
        DeepCopyTreeOnGraphCycle back;
    }

    @DeepCopy
    public static class Holder<T> {
        T value;
    }

    /** Reaches only itself: a tree cycle of its own, which graph = true on the holder cannot change. */
    @DeepCopy
    public static class Label {
        String text;
        Label parent;
    }

    /** A graph type: the graph copy goes on in it, so its way back is kept. */
    @DeepCopy(graph = true)
    public static class Peer {
        DeepCopyTreeOnGraphCycle back;
    }

    @DeepCopy
    public static class TreeBase {
        TreeBase parent;
    }

    @DeepCopy(graph = true)
    public static class Derived extends TreeBase { // warning: [DeepCopyTreeOnGraphCycle] The graph type Derived extends TreeBase, which is no graph type
        String name;
    }

    @SuppressWarnings("DeepCopyTreeOnGraphCycle")
    @DeepCopy(graph = true)
    public static class Quiet {
        Memo memo;
    }

    @DeepCopy
    public static class Memo {
        Quiet owner;
    }
}
