@DeepCopy.Include(value = PCluster.class, transitive = true)
package golden.subtypes;

import golden.plib.PCluster;
import io.github.deepcopygen.DeepCopy;
