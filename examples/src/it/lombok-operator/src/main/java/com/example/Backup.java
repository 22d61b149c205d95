package com.example;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.github.deepcopygen.DeepCopy;

/** A custom resource whose spec and status are Lombok classes, Lombok running after deepcopy-gen. */
@DeepCopy
@Group("backup.example.com")
@Version("v1")
public class Backup extends CustomResource<BackupSpec, BackupStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
