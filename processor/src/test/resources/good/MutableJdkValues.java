package golden;

import io.github.deepcopygen.DeepCopy;
import java.sql.Timestamp;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rule 10: Date (and its subclasses), Calendar and BitSet are cloned, which keeps their class and every
 * field; an atomic gets a new one holding the same value.
 */
@DeepCopy
public class MutableJdkValues {
    Date lastHealthCheck;
    Timestamp recordedAt;
    List<Date> history;
    Calendar schedule;
    BitSet flags;
    AtomicInteger restarts;
    AtomicLong bytesSent;
    AtomicBoolean ready;
}
