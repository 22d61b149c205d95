package golden;

import io.github.deepcopygen.DeepCopy;

/**
 * Graph copies through generics, sealed dispatch and inheritance (issue 18): a generic graph box, a
 * sealed interface whose cases are graph classes, a graph subclass of an abstract graph base, and a graph
 * subclass of a base that is no graph type, whose own fields are then copied as a tree.
 */
@DeepCopy(graph = true)
public class GraphHierarchies {
    GraphBox<GraphDerived> box;
    GraphBox<String> names;
    GraphShape shape;
    GraphDerived derived;
    GraphOnTree onTree;
}
