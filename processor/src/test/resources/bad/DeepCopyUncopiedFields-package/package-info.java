@DeepCopy.Include(value = {Racked.class, Acknowledged.class}, uncopiedFields = "badunc.ulib.Acknowledged.zone") // warning: [DeepCopyUncopiedFields] badunc.ulib.Racked has fields that no property of its JSON mapping lets the copier write: topologyKey. RackedDeepCopy copies every other property and leaves these as the class's constructor sets them. Fix: if that is right (the class derives them, or they only ever hold their defaults), acknowledge it with uncopiedFields = {"badunc.ulib.Racked.topologyKey"} in @DeepCopy.Include of package badunc
package badunc;

import badunc.ulib.Acknowledged;
import badunc.ulib.Racked;
import io.github.deepcopygen.DeepCopy;
