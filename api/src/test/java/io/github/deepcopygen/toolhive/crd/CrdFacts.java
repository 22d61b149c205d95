package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A CRD as the set of facts an API server acts on, one line each, so that two CRDs compare keyword
 * by keyword: {@code spec.proxyPort maximum=65535}, {@code spec required=["image"]}, {@code CRD
 * names.listKind="MCPServerList"}. A description counts by its presence ({@code spec.port
 * description}), not its words: ours are our own. Sets are sorted: an API server reads {@code
 * required}, {@code enum}, short names and categories as sets. Everything else is the text the CRD
 * has; {@link ApiServerEquivalences} lists what may differ.
 */
final class CrdFacts {
  private CrdFacts() {}

  static TreeSet<String> of(JsonNode crd) {
    TreeSet<String> facts = new TreeSet<>();
    JsonNode spec = crd.path("spec");
    facts.add("CRD group=" + spec.path("group"));
    facts.add("CRD scope=" + spec.path("scope"));
    for (Map.Entry<String, JsonNode> name : spec.path("names").properties()) {
      facts.add("CRD names." + name.getKey() + "=" + value(name.getKey(), name.getValue()));
    }
    for (JsonNode version : spec.path("versions")) {
      String v = "CRD version " + version.path("name").asText();
      facts.add(v + " served=" + version.path("served"));
      facts.add(v + " storage=" + version.path("storage"));
      for (Iterator<String> it = version.path("subresources").fieldNames(); it.hasNext(); ) {
        facts.add(v + " subresource " + it.next());
      }
      for (JsonNode column : version.path("additionalPrinterColumns")) {
        facts.add(
            v
                + " column "
                + column.path("name").asText()
                + " type="
                + column.path("type")
                + " jsonPath="
                + column.path("jsonPath")
                + (column.has("priority") ? " priority=" + column.path("priority") : ""));
        if (column.has("description")) {
          facts.add(v + " column " + column.path("name").asText() + " description");
        }
      }
      schema("", version.path("schema").path("openAPIV3Schema"), facts);
    }
    return facts;
  }

  private static void schema(String path, JsonNode node, TreeSet<String> facts) {
    String at = path.isEmpty() ? "<root>" : path;
    for (Map.Entry<String, JsonNode> keyword : node.properties()) {
      String key = keyword.getKey();
      JsonNode value = keyword.getValue();
      switch (key) {
        case "properties" -> {
          for (Map.Entry<String, JsonNode> property : value.properties()) {
            schema(
                path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                property.getValue(),
                facts);
          }
        }
        case "items" -> schema(path + "[]", value, facts);
        case "additionalProperties" -> {
          if (value.isObject()) {
            schema(path + "{}", value, facts);
          } else {
            facts.add(at + " additionalProperties=" + value);
          }
        }
        case "description" -> facts.add(at + " description");
        case "x-kubernetes-validations" -> {
          for (JsonNode rule : value) {
            facts.add(
                at
                    + " rule "
                    + rule.path("rule")
                    + (rule.has("message") ? " message=" + rule.path("message") : "")
                    + (rule.has("messageExpression")
                        ? " messageExpression=" + rule.path("messageExpression")
                        : ""));
          }
        }
        default -> facts.add(at + " " + key + "=" + value(key, value));
      }
    }
  }

  private static String value(String key, JsonNode value) {
    if (value.isArray()
        && List.of("required", "enum", "shortNames", "categories", "x-kubernetes-list-map-keys")
            .contains(key)) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.toString()));
      return new TreeSet<>(items).toString();
    }
    return value.toString();
  }
}
