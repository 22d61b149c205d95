@DeepCopy.Include(value = Holder.class, transitive = true) // error: [DeepCopyInvalidInclude] badtransitive.tlibbad.Sealed (reached from badtransitive.tlibbad.Holder) is listed
package badtransitive;

import badtransitive.tlibbad.Holder;
import io.github.deepcopygen.DeepCopy;
