@DeepCopy.Include(value = {JsDocument.class, JsArraySchema.class}, transitive = true)
package golden.jshapes;

import golden.jslib.JsArraySchema;
import golden.jslib.JsDocument;
import io.github.deepcopygen.DeepCopy;
