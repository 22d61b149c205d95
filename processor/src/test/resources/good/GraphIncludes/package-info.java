@DeepCopy.Include({GLibResource.class, GLibLabel.class})
package golden.graphincludes;

import golden.glib.GLibLabel;
import golden.glib.GLibResource;
import io.github.deepcopygen.DeepCopy;
