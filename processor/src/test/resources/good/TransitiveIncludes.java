package golden.transitive;

import golden.tlib.TRoot;
import io.github.deepcopygen.DeepCopy;

/**
 * A library's class listed with @DeepCopy.Include(transitive = true) in package-info.java beside this
 * case: the classes it reaches through its properties (list elements, map values, a superclass) get
 * copiers too; the enum it reaches gets none, and a second class named TLeaf, from another package, gets
 * V2_TLeafDeepCopy. A second listed TRoot gets V2_TRootDeepCopy the same way.
 */
@DeepCopy
public class TransitiveIncludes {
    TRoot root;
    golden.tlib.v2.TRoot nextRoot;
}
