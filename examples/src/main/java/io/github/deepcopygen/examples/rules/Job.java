package io.github.deepcopygen.examples.rules;

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
 * Rule 11, mutable JDK values: a new equal instance of the same class, so a Timestamp keeps its
 * nanoseconds and stays a Timestamp.
 */
@DeepCopy
public class Job {
  public Date createdAt;
  public Timestamp startedAt;
  public Calendar schedule;
  public BitSet enabledSteps;
  public AtomicInteger attempts;
  public AtomicLong bytesProcessed;
  public AtomicBoolean cancelled;
  public List<Date> retries;
}
