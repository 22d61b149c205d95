@DeepCopy.Include({LibMeta.class, LibOwner.class, LibResource.class, LibIntOrText.class})
package golden;

import golden.lib.LibIntOrText;
import golden.lib.LibMeta;
import golden.lib.LibOwner;
import golden.lib.LibResource;
import io.github.deepcopygen.DeepCopy;
