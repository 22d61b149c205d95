package io.github.deepcopygen.toolhive;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.deepcopygen.toolhive.v1alpha1.IncomingAuthConfig;
import io.github.deepcopygen.toolhive.v1alpha1.MCPGroupRef;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;
import io.github.deepcopygen.toolhive.v1alpha1.SecretKeyRef;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageConfig;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageProvider;
import io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServerSpec;
import org.junit.jupiter.api.Test;

/**
 * The horizontal-scaling fields (replicas, backendReplicas, sessionStorage) copy as upstream's do.
 */
class SessionStorageCopyTest {

  static SessionStorageConfig redis() {
    SecretKeyRef password = new SecretKeyRef();
    password.setName("redis-secret");
    password.setKey("password");
    SessionStorageConfig storage = new SessionStorageConfig();
    storage.setProvider(SessionStorageProvider.REDIS);
    storage.setAddress("redis.toolhive.svc:6379");
    storage.setDb(0);
    storage.setKeyPrefix("thv:");
    storage.setPasswordRef(password);
    return storage;
  }

  @Test
  void mcpServerSpecWithoutScalingCopiesNulls() {
    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/fetch:latest");
    MCPServerSpec copy = spec.deepCopy();
    assertThat(copy.getReplicas()).isNull();
    assertThat(copy.getBackendReplicas()).isNull();
    assertThat(copy.getSessionStorage()).isNull();
    assertThat(copy).isEqualTo(spec);
  }

  @Test
  void mcpServerSpecWithRedisSessionStorageCopiesDeeply() {
    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/fetch:latest");
    spec.setReplicas(3);
    spec.setBackendReplicas(2);
    spec.setSessionStorage(redis());

    MCPServerSpec copy = spec.deepCopy();

    assertThat(copy).isEqualTo(spec);
    assertThat(copy.getReplicas()).isEqualTo(3);
    assertThat(copy.getBackendReplicas()).isEqualTo(2);
    assertCopiedDeeply(spec.getSessionStorage(), copy.getSessionStorage());
  }

  @Test
  void virtualMcpServerSpecWithoutScalingCopiesNulls() {
    VirtualMCPServerSpec spec = virtualSpec();
    VirtualMCPServerSpec copy = spec.deepCopy();
    assertThat(copy.getReplicas()).isNull();
    assertThat(copy.getSessionStorage()).isNull();
    assertThat(copy).isEqualTo(spec);
  }

  @Test
  void virtualMcpServerSpecWithRedisSessionStorageCopiesDeeply() {
    VirtualMCPServerSpec spec = virtualSpec();
    spec.setReplicas(3);
    spec.setSessionStorage(redis());

    VirtualMCPServerSpec copy = spec.deepCopy();

    assertThat(copy).isEqualTo(spec);
    assertThat(copy.getReplicas()).isEqualTo(3);
    assertCopiedDeeply(spec.getSessionStorage(), copy.getSessionStorage());
  }

  @Test
  void jsonUsesUpstreamNamesAndOmitsWhatOmitemptyOmits() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/fetch:latest");
    spec.setBackendReplicas(2);
    spec.setSessionStorage(redis());

    JsonNode json = mapper.readTree(mapper.writeValueAsString(spec));

    assertThat(json.has("replicas")).isFalse(); // nil pointer, omitempty
    assertThat(json.get("backendReplicas").asInt()).isEqualTo(2);
    JsonNode storage = json.get("sessionStorage");
    assertThat(storage.get("provider").asText()).isEqualTo("redis");
    assertThat(storage.get("address").asText()).isEqualTo("redis.toolhive.svc:6379");
    assertThat(storage.has("db")).isFalse(); // 0 is the zero value, omitempty
    assertThat(storage.get("keyPrefix").asText()).isEqualTo("thv:");
    assertThat(storage.get("passwordRef").get("name").asText()).isEqualTo("redis-secret");
    assertThat(storage.get("passwordRef").get("key").asText()).isEqualTo("password");

    MCPServerSpec back = mapper.readValue(mapper.writeValueAsString(spec), MCPServerSpec.class);
    assertThat(back).isEqualTo(spec);

    spec.getSessionStorage().setDb(2);
    spec.setReplicas(0);
    JsonNode withDb = mapper.readTree(mapper.writeValueAsString(spec));
    assertThat(withDb.get("sessionStorage").get("db").asInt()).isEqualTo(2);
    assertThat(withDb.get("replicas").asInt()).isEqualTo(0); // a pointer to 0 is not omitted
  }

  /**
   * New session storage and password ref objects, and changing the copy's leaves the original
   * alone.
   */
  private static void assertCopiedDeeply(SessionStorageConfig original, SessionStorageConfig copy) {
    assertThat(copy).isNotSameInstanceAs(original);
    assertThat(copy.getPasswordRef()).isNotSameInstanceAs(original.getPasswordRef());
    copy.getPasswordRef().setName("other-secret");
    assertThat(original.getPasswordRef().getName()).isEqualTo("redis-secret");
  }

  private static VirtualMCPServerSpec virtualSpec() {
    IncomingAuthConfig incoming = new IncomingAuthConfig();
    incoming.setType("anonymous");
    MCPGroupRef group = new MCPGroupRef();
    group.setName("engineering");
    VirtualMCPServerSpec spec = new VirtualMCPServerSpec();
    spec.setIncomingAuth(incoming);
    spec.setGroupRef(group);
    return spec;
  }
}
