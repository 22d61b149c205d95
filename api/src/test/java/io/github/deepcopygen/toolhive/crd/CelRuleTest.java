package io.github.deepcopygen.toolhive.crd;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.github.deepcopygen.toolhive.v1alpha1.SecretKeyRef;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageConfig;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageProvider;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CEL rule of the generated CRD, compiled with CEL-Java and evaluated on session storage as the
 * API server sees it: the JSON of our Java objects, where {@code self} is the sessionStorage object
 * and {@code has(self.address)} asks whether the field is present.
 */
class CelRuleTest {
  private static CelRuntime.Program mcpServerRule;
  private static CelRuntime.Program virtualMcpServerRule;

  @BeforeAll
  static void compileTheRulesFromTheCrds() throws Exception {
    mcpServerRule = compile(ruleOf(Crds.MCP_SERVER));
    virtualMcpServerRule = compile(ruleOf(Crds.VIRTUAL_MCP_SERVER));
  }

  private static String ruleOf(String crd) {
    return Crds.sessionStorage(crd).path("x-kubernetes-validations").get(0).path("rule").asText();
  }

  private static CelRuntime.Program compile(String rule) throws Exception {
    CelCompiler compiler =
        CelCompilerFactory.standardCelCompilerBuilder()
            // has() is a macro, as in the API server's CEL environment.
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("self", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();
    CelAbstractSyntaxTree ast = compiler.compile(rule).getAst();
    return CelRuntimeFactory.standardCelRuntimeBuilder().build().createProgram(ast);
  }

  private static SessionStorageConfig storage(SessionStorageProvider provider, String address) {
    SessionStorageConfig storage = new SessionStorageConfig();
    storage.setProvider(provider);
    storage.setAddress(address);
    return storage;
  }

  /** Whether both CRDs' rules accept {@code storage}; they must agree. */
  private static boolean accepts(SessionStorageConfig storage) throws Exception {
    Map<String, Object> self = new ObjectMapper().convertValue(storage, new TypeReference<>() {});
    boolean mcpServer = (Boolean) mcpServerRule.eval(Map.of("self", self));
    boolean virtualMcpServer = (Boolean) virtualMcpServerRule.eval(Map.of("self", self));
    assertThat(virtualMcpServer).isEqualTo(mcpServer);
    return mcpServer;
  }

  @Test
  void redisWithoutAnAddressIsRejected() throws Exception {
    assertThat(accepts(storage(SessionStorageProvider.REDIS, null))).isFalse();
  }

  @Test
  void redisWithAnAddressIsAccepted() throws Exception {
    SessionStorageConfig redis = storage(SessionStorageProvider.REDIS, "redis.toolhive.svc:6379");
    SecretKeyRef password = new SecretKeyRef();
    password.setName("redis-secret");
    password.setKey("password");
    redis.setPasswordRef(password);
    redis.setDb(2);
    assertThat(accepts(redis)).isTrue();
  }

  @Test
  void memoryWithoutAnAddressIsAccepted() throws Exception {
    assertThat(accepts(storage(SessionStorageProvider.MEMORY, null))).isTrue();
  }

  /** The Java object leaves an empty address out of its JSON, so the rule sees no address. */
  @Test
  void redisWithAnEmptyAddressIsRejected() throws Exception {
    assertThat(accepts(storage(SessionStorageProvider.REDIS, ""))).isFalse();
  }
}
