package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.github.deepcopygen.josdk.DeepCopyCloner;
import io.javaoperatorsdk.operator.Operator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupOperatorTest {

    @Test
    void theOperatorClonesBackupsWithTheGeneratedCopier() {
        Operator operator = BackupOperator.create();
        DeepCopyCloner cloner =
            assertInstanceOf(DeepCopyCloner.class, operator.getConfigurationService().getResourceCloner());

        Backup backup = new Backup();
        backup.setMetadata(new ObjectMetaBuilder().withName("nightly").addToLabels("tier", "db").build());
        BackupSpec spec = new BackupSpec();
        spec.setSchedule("0 3 * * *");
        spec.setTargets(new ArrayList<>(List.of("postgres")));
        backup.setSpec(spec);

        Backup copy = cloner.clone(backup);
        copy.getSpec().getTargets().add("redis");
        copy.getMetadata().getLabels().put("tier", "cache");

        assertNotSame(backup, copy);
        assertEquals(List.of("postgres"), backup.getSpec().getTargets());
        assertEquals("db", backup.getMetadata().getLabels().get("tier"));
        assertEquals(true, cloner.copies(Backup.class));
    }
}
