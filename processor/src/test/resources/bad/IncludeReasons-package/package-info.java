@DeepCopy.Include({IncludeReasons.Point.class, IncludeReasons.Shape.class, IncludeReasons.Inner.class, badinclude2.lib.Widget.class}) // error: [DeepCopyInvalidInclude] but it is a record // error: [DeepCopyInvalidInclude] but it is an interface // error: [DeepCopyInvalidInclude] but it is an inner class // error: [DeepCopyInvalidInclude] the @DeepCopy type badinclude2.Badinclude2Lib.Widget has the copier Badinclude2Lib_WidgetDeepCopy
package badinclude2;

import io.github.deepcopygen.DeepCopy;
