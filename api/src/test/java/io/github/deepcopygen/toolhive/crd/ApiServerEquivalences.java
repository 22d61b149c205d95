package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short, named list of ways two CRDs may differ in text and still be the same CRD to an API
 * server, each with its reason. {@link UpstreamCrdTest} applies every one to both sides before it
 * compares them; nothing else is allowed to differ.
 */
final class ApiServerEquivalences {
  /**
   * One equivalence: what it is, why the API server treats both spellings alike, and the rewrite.
   */
  record Equivalence(String name, String reason, BiConsumer<JsonNode, TreeSet<String>> normalize) {}

  private static final Pattern NUMBER =
      Pattern.compile("(.*=)(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)");

  static final List<Equivalence> ALL =
      List.of(
          new Equivalence(
              "listKind defaults to <kind>List",
              "apiextensions.k8s.io/v1 defaults spec.names.listKind to the kind followed by \"List\"",
              (crd, facts) -> {
                String kind = crd.path("spec").path("names").path("kind").asText();
                if (!crd.path("spec").path("names").has("listKind")) {
                  facts.add("CRD names.listKind=\"" + kind + "List\"");
                }
              }),
          new Equivalence(
              "printer column priority 0 is no priority",
              "apiextensions.k8s.io/v1 defaults additionalPrinterColumns[].priority to 0",
              (crd, facts) -> {
                List<String> explicit =
                    facts.stream()
                        .filter(f -> f.contains(" column ") && f.endsWith(" priority=0"))
                        .toList();
                explicit.forEach(
                    fact -> {
                      facts.remove(fact);
                      facts.add(fact.substring(0, fact.length() - " priority=0".length()));
                    });
              }),
          new Equivalence(
              "numbers compare by value",
              "a JSON number is a number: fabric8 writes minimum: 0.0 where controller-gen writes 0",
              (crd, facts) -> {
                List<String> numeric =
                    facts.stream().filter(f -> NUMBER.matcher(f).matches()).toList();
                numeric.forEach(
                    fact -> {
                      Matcher m = NUMBER.matcher(fact);
                      m.matches();
                      facts.remove(fact);
                      facts.add(
                          m.group(1)
                              + new BigDecimal(m.group(2)).stripTrailingZeros().toPlainString());
                    });
              }));

  private ApiServerEquivalences() {}

  static TreeSet<String> normalized(JsonNode crd) {
    TreeSet<String> facts = CrdFacts.of(crd);
    ALL.forEach(equivalence -> equivalence.normalize().accept(crd, facts));
    return facts;
  }
}
