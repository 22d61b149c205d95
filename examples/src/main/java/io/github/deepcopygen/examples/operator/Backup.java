package io.github.deepcopygen.examples.operator;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.github.deepcopygen.DeepCopy;

/** A scheduled backup of a volume: the custom resource of the example operator. */
@DeepCopy
@Group("backup.example.com")
@Version("v1")
public class Backup extends CustomResource<BackupSpec, BackupStatus> implements Namespaced {
  private static final long serialVersionUID = 1L;

  /** A copy that shares no mutable object with this one. */
  public Backup deepCopy() {
    return BackupDeepCopy.deepCopy(this);
  }
}
