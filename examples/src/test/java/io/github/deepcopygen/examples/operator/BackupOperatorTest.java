package io.github.deepcopygen.examples.operator;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.github.deepcopygen.josdk.DeepCopyCloner;
import io.github.deepcopygen.testing.CopyChecks;
import io.javaoperatorsdk.operator.api.config.BaseConfigurationService;
import io.javaoperatorsdk.operator.api.config.Cloner;
import io.javaoperatorsdk.operator.api.config.ConfigurationService;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operator author's path, run: copiers for the resource and fabric8's types, the cloner, the
 * CRD.
 */
class BackupOperatorTest {
  private static final String SITE = "io.github.deepcopygen.examples.operator";

  static Backup cachedBackup() {
    Map<String, Object> compression = new LinkedHashMap<>();
    compression.put("algorithm", "zstd");
    compression.put("level", 3);
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("compression", compression);
    options.put("tags", new ArrayList<>(List.of("nightly", "db")));

    BackupSpec spec = new BackupSpec();
    spec.setClaimName("postgres-data");
    spec.setSchedule("0 3 * * *");
    spec.setStorage(new Quantity("10", "Gi"));
    spec.setRetention(new IntOrString("30d"));
    spec.setExcludePaths(new ArrayList<>(List.of("/tmp")));
    spec.setOptions(options);

    Condition ready =
        new ConditionBuilder().withType("Ready").withStatus("True").withReason("Scheduled").build();
    BackupStatus status = new BackupStatus();
    status.setConditions(new ArrayList<>(List.of(ready)));
    status.setUsed(new Quantity("3.5", "Gi"));
    status.setObservedGeneration(2L);

    Backup backup = new Backup();
    backup.setMetadata(
        new ObjectMetaBuilder()
            .withName("nightly")
            .withNamespace("db")
            .addToLabels("team", "data")
            .build());
    backup.setSpec(spec);
    backup.setStatus(status);
    return backup;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> compression(Backup backup) {
    return (Map<String, Object>) backup.getSpec().getOptions().get("compression");
  }

  @Test
  void theCopyOfABackupSharesNoFabric8ValueAndNoJson() {
    Backup cached = cachedBackup();
    String before = cached.toString();

    Backup copy = cached.deepCopy();
    assertThat(copy.getSpec()).isEqualTo(cached.getSpec());
    assertThat(copy.getSpec().getStorage()).isNotSameInstanceAs(cached.getSpec().getStorage());
    assertThat(copy.getSpec().getRetention()).isNotSameInstanceAs(cached.getSpec().getRetention());
    assertThat(compression(copy)).isNotSameInstanceAs(compression(cached));

    copy.getSpec().getStorage().setAmount("20");
    copy.getSpec().setRetention(new IntOrString(7));
    compression(copy).put("level", 9);
    copy.getStatus().getConditions().get(0).setStatus("False");
    copy.getMetadata().getLabels().put("team", "platform");

    assertThat(cached.toString()).isEqualTo(before);
    assertThat(compression(cached)).containsEntry("level", 3);
  }

  /** IntOrString's setter takes an Integer, a String or null: the random graphs hold only those. */
  private static CopyChecks checks(Class<?> type) {
    return CopyChecks.of(type)
        .building(
            IntOrString.class,
            random ->
                switch (random.nextInt(3)) {
                  case 0 -> new IntOrString(random.nextInt(100));
                  case 1 -> new IntOrString(random.nextInt(100) + "d");
                  default -> new IntOrString();
                });
  }

  @ParameterizedTest
  @ValueSource(classes = {Backup.class, BackupSpec.class, BackupStatus.class})
  void theResourceSpecAndStatusFollowTheCopyRules(Class<?> type) throws Exception {
    checks(type).all();
  }

  @ParameterizedTest
  @ValueSource(classes = {Quantity.class, Condition.class})
  void fabric8sValueTypesAreCopiedByTheirIncludedCopiers(Class<?> type) throws Exception {
    checks(type).includedIn(SITE).all();
  }

  /**
   * An IntOrString holds one immutable Integer or String: nothing in it to change after the copy.
   */
  @Test
  void intOrStringIsCopiedByItsIncludedCopier() throws Exception {
    CopyChecks intOrString = checks(IntOrString.class).includedIn(SITE);
    intOrString.copyIsEqualAndSharesNothing();
    intOrString.deepCopyIntoOverwrites();
    IntOrString days = new IntOrString("30d");
    assertThat(IntOrStringDeepCopy.deepCopy(days)).isEqualTo(days);
    assertThat(IntOrStringDeepCopy.deepCopy(days)).isNotSameInstanceAs(days);
    assertThat(IntOrStringDeepCopy.deepCopy(new IntOrString(7)).getIntVal()).isEqualTo(7);
  }

  @Test
  void josdkClonesBackupsWithTheGeneratedCopier() {
    ConfigurationService configuration =
        ConfigurationService.newOverriddenConfigurationService(
            new BaseConfigurationService(), BackupOperator::configure);
    Cloner cloner = configuration.getResourceCloner();
    assertThat(cloner).isInstanceOf(DeepCopyCloner.class);
    assertThat(((DeepCopyCloner) cloner).copies(Backup.class)).isTrue();

    Backup cached = cachedBackup();
    Backup copy = cloner.clone(cached);
    compression(copy).put("level", 9);
    assertThat(compression(cached)).containsEntry("level", 3);
  }

  @Test
  void theBuildWritesTheBackupCrd() throws Exception {
    JsonNode spec;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/fabric8/backups.backup.example.com-v1.yml")) {
      assertThat(in).isNotNull();
      spec =
          new YAMLMapper()
              .readTree(in)
              .path("spec")
              .path("versions")
              .get(0)
              .path("schema")
              .path("openAPIV3Schema")
              .path("properties")
              .path("spec");
    }
    assertThat(spec.path("required").get(0).asText()).isEqualTo("claimName");
    JsonNode properties = spec.path("properties");
    assertThat(properties.path("storage").path("x-kubernetes-int-or-string").asBoolean()).isTrue();
    assertThat(properties.path("retention").path("x-kubernetes-int-or-string").asBoolean())
        .isTrue();
    assertThat(properties.path("options").path("x-kubernetes-preserve-unknown-fields").asBoolean())
        .isTrue();
  }
}
