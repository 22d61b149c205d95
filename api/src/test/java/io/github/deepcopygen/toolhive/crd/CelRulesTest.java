package io.github.deepcopygen.toolhive.crd;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CEL rule in both generated CRDs, compiled with CEL-Java as the API server compiles it
 * ({@code self} the object the rule sits on) and evaluated on an object it must accept and one it
 * must refuse. A rule without such a pair here fails {@link #everyRuleOfTheCrdsHasACase}.
 */
class CelRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A rule, an object it accepts and one it refuses, as JSON. */
  record Case(String rule, String valid, String invalid) {}

  static final List<Case> CASES =
      List.of(
          new Case(
              "self.type == 'configMap' ? has(self.configMap) : !has(self.configMap)",
              "{\"type\": \"configMap\", \"configMap\": {\"name\": \"policies\"}}",
              "{\"type\": \"inline\", \"configMap\": {\"name\": \"policies\"}}"),
          new Case(
              "self.type == 'inline' ? has(self.inline) : !has(self.inline)",
              "{\"type\": \"inline\", \"inline\": {\"policies\": [\"permit(principal, action, resource);\"]}}",
              "{\"type\": \"inline\"}"),
          new Case(
              "has(self.shared) || has(self.perUser)",
              "{\"perUser\": {\"maxTokens\": 10, \"refillPeriod\": \"1m0s\"}}",
              "{}"),
          new Case(
              "has(self.shared) || has(self.perUser) || (has(self.tools) && size(self.tools) > 0)",
              "{\"tools\": [{\"name\": \"fetch\"}]}",
              "{\"tools\": []}"),
          new Case(
              "self.provider == 'redis' ? has(self.address) : true",
              "{\"provider\": \"memory\"}",
              "{\"provider\": \"redis\"}"),
          new Case(
              "!has(self.rateLimiting) || (has(self.sessionStorage) && self.sessionStorage.provider == 'redis')",
              "{\"rateLimiting\": {}, \"sessionStorage\": {\"provider\": \"redis\", \"address\": \"redis:6379\"}}",
              "{\"rateLimiting\": {}, \"sessionStorage\": {\"provider\": \"memory\"}}"),
          new Case(
              "!(has(self.rateLimiting) && has(self.rateLimiting.perUser)) || has(self.oidcConfigRef)"
                  + " || has(self.externalAuthConfigRef)",
              "{\"rateLimiting\": {\"perUser\": {}}, \"oidcConfigRef\": {\"name\": \"oidc\"}}",
              "{\"rateLimiting\": {\"perUser\": {}}}"),
          new Case(
              "!has(self.rateLimiting) || !has(self.rateLimiting.tools) || self.rateLimiting.tools.all(t,"
                  + " !has(t.perUser)) || has(self.oidcConfigRef) || has(self.externalAuthConfigRef)",
              "{\"rateLimiting\": {\"tools\": [{\"name\": \"fetch\", \"shared\": {}}]}}",
              "{\"rateLimiting\": {\"tools\": [{\"name\": \"fetch\", \"perUser\": {}}]}}"),
          new Case(
              "self.type == 'oidc' ? has(self.oidcConfigRef) : true",
              "{\"type\": \"anonymous\"}",
              "{\"type\": \"oidc\"}"),
          // On a string property: self is the string.
          new Case("self == '' || duration(self) >= duration('1s')", "\"1m30s\"", "\"500ms\""));

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void acceptsTheValidObjectAndRefusesTheInvalidOne(Case c) throws Exception {
    CelRuntime.Program program = compile(c.rule());
    assertWithMessage("%s on %s", c.rule(), c.valid()).that(eval(program, c.valid())).isTrue();
    assertWithMessage("%s on %s", c.rule(), c.invalid()).that(eval(program, c.invalid())).isFalse();
  }

  @Test
  void everyRuleOfTheCrdsHasACase() {
    List<String> rules = new ArrayList<>();
    for (String crd : List.of(Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER)) {
      collect(Crds.manifest(crd).path("spec").path("versions").get(0).path("schema"), rules);
    }
    assertThat(rules).isNotEmpty();
    // A rule may stand at several paths (the authz rules sit in both CRDs); one case serves them
    // all.
    assertThat(new TreeSet<>(CASES.stream().map(Case::rule).toList()))
        .containsExactlyElementsIn(new TreeSet<>(rules));
  }

  private static void collect(JsonNode node, List<String> rules) {
    if (node.isObject()) {
      node.path("x-kubernetes-validations").forEach(v -> rules.add(v.path("rule").asText()));
      node.forEach(child -> collect(child, rules));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, rules));
    }
  }

  private static CelRuntime.Program compile(String rule) throws Exception {
    CelCompiler compiler =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("self", SimpleType.DYN)
            .setResultType(SimpleType.BOOL)
            .build();
    return CelRuntimeFactory.standardCelRuntimeBuilder()
        .build()
        .createProgram(compiler.compile(rule).getAst());
  }

  private static boolean eval(CelRuntime.Program program, String self) throws Exception {
    Object object = JSON.readValue(self, Object.class);
    return (Boolean) program.eval(Map.of("self", object));
  }
}
