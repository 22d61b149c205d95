package golden;

import io.github.deepcopygen.DeepCopy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Rule 2: primitives, boxed primitives, strings, enums and immutable JDK values are shared. */
@DeepCopy
public class SharedValues {
    public enum Phase { PENDING, READY }

    int count;
    boolean enabled;
    double ratio;
    Integer replicas;
    Long generation;
    String name;
    Phase phase;
    Duration refillPeriod;
    OffsetDateTime createdAt;
    BigDecimal price;
    UUID uid;
}
