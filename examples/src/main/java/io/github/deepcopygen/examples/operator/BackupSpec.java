package io.github.deepcopygen.examples.operator;

import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What to back up, when, where to, and for how long to keep it. */
@DeepCopy
public class BackupSpec {
  @Required private String claimName;

  /** A cron schedule. */
  private String schedule;

  /** The size of the backup volume, such as {@code 10Gi}. */
  private Quantity storage;

  /** How many backups to keep ({@code 7}) or for how long ({@code "30d"}). */
  private IntOrString retention;

  private List<String> excludePaths;

  /** The backup tool's own options, passed on as they are: any JSON, in the copy and in the CRD. */
  @DeepCopy.JsonTree @PreserveUnknownFields private Map<String, Object> options;

  public String getClaimName() {
    return claimName;
  }

  public void setClaimName(String claimName) {
    this.claimName = claimName;
  }

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public Quantity getStorage() {
    return storage;
  }

  public void setStorage(Quantity storage) {
    this.storage = storage;
  }

  public IntOrString getRetention() {
    return retention;
  }

  public void setRetention(IntOrString retention) {
    this.retention = retention;
  }

  public List<String> getExcludePaths() {
    return excludePaths;
  }

  public void setExcludePaths(List<String> excludePaths) {
    this.excludePaths = excludePaths;
  }

  public Map<String, Object> getOptions() {
    return options;
  }

  public void setOptions(Map<String, Object> options) {
    this.options = options;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BackupSpec that
        && Objects.equals(claimName, that.claimName)
        && Objects.equals(schedule, that.schedule)
        && Objects.equals(storage, that.storage)
        && Objects.equals(retention, that.retention)
        && Objects.equals(excludePaths, that.excludePaths)
        && Objects.equals(options, that.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claimName, schedule, storage, retention, excludePaths, options);
  }

  @Override
  public String toString() {
    return "BackupSpec{claimName="
        + claimName
        + ", schedule="
        + schedule
        + ", storage="
        + storage
        + ", retention="
        + retention
        + ", excludePaths="
        + excludePaths
        + ", options="
        + options
        + "}";
  }
}
