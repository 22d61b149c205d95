@DeepCopy.Include(value = TRoot.class, transitive = true)
package golden;

import golden.tlib.TRoot;
import io.github.deepcopygen.DeepCopy;
