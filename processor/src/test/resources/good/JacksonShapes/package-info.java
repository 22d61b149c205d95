@DeepCopy.Include(value = {JsDocument.class, JsArraySchema.class, JsLabels.class}, transitive = true)
package golden.jshapes;

import golden.jslib.JsArraySchema;
import golden.jslib.JsDocument;
import golden.jslib.JsLabels;
import io.github.deepcopygen.DeepCopy;
