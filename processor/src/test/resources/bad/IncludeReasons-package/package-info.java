@DeepCopy.Include({IncludeReasons.Point.class, IncludeReasons.Shape.class, IncludeReasons.Inner.class, badinclude2.lib.Widget.class}) // error: [DeepCopyInvalidInclude] but it is a record // error: [DeepCopyInvalidInclude] but it is an interface // error: [DeepCopyInvalidInclude] but it is an inner class // error: [DeepCopyInvalidInclude] the @DeepCopy type badinclude2.Widget has a copier of the same name
package badinclude2;

import io.github.deepcopygen.DeepCopy;
