@DeepCopy.Include(value = {TRoot.class, golden.tlib.v2.TRoot.class}, transitive = true)
package golden.transitive;

import golden.tlib.TRoot;
import io.github.deepcopygen.DeepCopy;
