@DeepCopy.Include(value = JBroker.class, transitive = true)
package golden.json;

import golden.jlib.JBroker;
import io.github.deepcopygen.DeepCopy;
