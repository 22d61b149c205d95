package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupCopyTest {
    private static final String MANIFEST = String.join("\n",
        "apiVersion: backup.example.com/v1",
        "kind: Backup",
        "metadata:",
        "  name: nightly",
        "  labels: {tier: db}",
        "spec:",
        "  schedule: 0 3 * * *",
        "  suspended: true",
        "  targets: [postgres]",
        "  labels: {team: data}",
        "  retention: {days: 7, keep: [weekly]}",
        "status:",
        "  phase: Done",
        "  completed: [postgres]",
        "");

    @Test
    void aManifestReadByFabric8CopiesDeeplyAndWritesBackTheSame() {
        Backup backup = Serialization.unmarshal(MANIFEST, Backup.class);
        Backup copy = BackupDeepCopy.deepCopy(backup);

        assertEquals(Serialization.asYaml(backup), Serialization.asYaml(copy));
        assertEquals(7, copy.getSpec().getRetention().getDays());
        assertNotSame(backup.getSpec(), copy.getSpec());
        assertNotSame(backup.getSpec().getRetention(), copy.getSpec().getRetention());
        assertNotSame(backup.getSpec().getRetention().getKeep(), copy.getSpec().getRetention().getKeep());

        copy.getSpec().getTargets().add("redis");
        copy.getStatus().getCompleted().add("redis");
        copy.getMetadata().getLabels().put("tier", "cache");
        assertEquals(List.of("postgres"), backup.getSpec().getTargets());
        assertEquals(List.of("postgres"), backup.getStatus().getCompleted());
        assertEquals("db", backup.getMetadata().getLabels().get("tier"));
    }
}
