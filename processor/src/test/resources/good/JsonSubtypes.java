package golden.subtypes;

import golden.plib.PCluster;
import io.github.deepcopygen.DeepCopy;

/**
 * A library written for Jackson whose abstract PStorage names its subclasses in @JsonSubTypes, included
 * transitively (see package-info.java): the subclasses are reached through the annotation, and a
 * PStorage is copied by the copier of whichever of them it is, the deepest first. Any other class is
 * refused at run time rather than copied as a PStorage.
 */
@DeepCopy
public class JsonSubtypes {
    PCluster cluster;
}
