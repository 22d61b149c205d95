@DeepCopy.Include(
    value = {JsDocument.class, JsArraySchema.class, JsLabels.class},
    transitive = true,
    uncopiedFields = "golden.jslib.JsCreated.label")
package golden.jshapes;

import golden.jslib.JsArraySchema;
import golden.jslib.JsDocument;
import golden.jslib.JsLabels;
import io.github.deepcopygen.DeepCopy;
