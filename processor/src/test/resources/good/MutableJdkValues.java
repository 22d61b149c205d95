package golden;

import io.github.deepcopygen.DeepCopy;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

/** Rule 10: Date and its subclasses are cloned, which keeps their class and every field. */
@DeepCopy
public class MutableJdkValues {
    Date lastHealthCheck;
    Timestamp recordedAt;
    List<Date> history;
}
