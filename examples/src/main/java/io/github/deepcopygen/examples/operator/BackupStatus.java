package io.github.deepcopygen.examples.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Quantity;
import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Objects;

/** What the operator last saw: its conditions and the space the backups take. */
@DeepCopy
public class BackupStatus {
  private List<Condition> conditions;
  private Quantity used;
  private Long observedGeneration;

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public Quantity getUsed() {
    return used;
  }

  public void setUsed(Quantity used) {
    this.used = used;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BackupStatus that
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(used, that.used)
        && Objects.equals(observedGeneration, that.observedGeneration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, used, observedGeneration);
  }

  @Override
  public String toString() {
    return "BackupStatus{conditions="
        + conditions
        + ", used="
        + used
        + ", observedGeneration="
        + observedGeneration
        + "}";
  }
}
