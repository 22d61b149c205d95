package io.github.deepcopygen.examples.rules;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.examples.library.LegacyColor;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What random graphs might not hit on their own: one pointed check per rule, on generated code. */
class RuleDetailsTest {

  @Test
  void aSortedSetKeepsItsComparator() {
    Inventory inventory = new Inventory();
    inventory.sortedTags = new TreeSet<>(Comparator.reverseOrder());
    inventory.sortedTags.addAll(List.of("a", "c", "b"));
    Inventory copy = InventoryDeepCopy.deepCopy(inventory);
    assertThat(copy.sortedTags).containsExactly("c", "b", "a").inOrder();
    assertThat(copy.sortedTags).isNotSameInstanceAs(inventory.sortedTags);
  }

  @Test
  void aCollectionSubclassStaysThatSubclass() {
    Inventory inventory = new Inventory();
    inventory.shelf = new Inventory.Shelf();
    inventory.shelf.add(new Inventory.Item());
    Inventory copy = InventoryDeepCopy.deepCopy(inventory);
    assertThat(copy.shelf).isInstanceOf(Inventory.Shelf.class);
    assertThat(copy.shelf.get(0)).isNotSameInstanceAs(inventory.shelf.get(0));
  }

  @Test
  void aSubclassOfAConcreteCollectionIsRefusedNotSliced() {
    Inventory inventory = new Inventory();
    inventory.counts =
        new HashMap<>() {
          private static final long serialVersionUID = 1L;
        };
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InventoryDeepCopy.deepCopy(inventory));
    assertThat(e).hasMessageThat().contains("a subclass of java.util.HashMap");
  }

  @Test
  void anOptionalValueIsCopiedAndAnImmutableOneShared() {
    Contact contact = new Contact();
    contact.nickname = Optional.of("ed");
    contact.address = Optional.of(new Contact.Address());
    Contact copy = ContactDeepCopy.deepCopy(contact);
    assertThat(copy.nickname).isSameInstanceAs(contact.nickname);
    assertThat(copy.address.get()).isNotSameInstanceAs(contact.address.get());
  }

  @Test
  void immutableRecordsAreSharedAndMutableOnesRebuilt() {
    Route.Coordinates start = new Route.Coordinates(1, 2);
    Route.Leg leg = new Route.Leg("north", new ArrayList<>(List.of(start)));
    Route route = new Route("r", new ArrayList<>(List.of(leg)), start, null);
    Route copy = RouteDeepCopy.deepCopy(route);
    assertThat(copy).isEqualTo(route);
    assertThat(copy.start()).isSameInstanceAs(start);
    assertThat(copy.legs().get(0)).isNotSameInstanceAs(leg);
    assertThat(copy.legs().get(0).waypoints()).isNotSameInstanceAs(leg.waypoints());
  }

  @Test
  void aTimestampStaysATimestampWithItsNanos() {
    Job job = new Job();
    job.startedAt = new Timestamp(1_000);
    job.startedAt.setNanos(123_456_789);
    Job copy = JobDeepCopy.deepCopy(job);
    assertThat(copy.startedAt).isEqualTo(job.startedAt);
    assertThat(copy.startedAt.getNanos()).isEqualTo(123_456_789);
    assertThat(copy.startedAt).isNotSameInstanceAs(job.startedAt);
  }

  @Test
  void aGenericBoxIsCopiedWithTheOperatorForItsContent() {
    Box<StringBuilder> box = new Box<>();
    box.content = new StringBuilder("x");
    Box<StringBuilder> copy = BoxDeepCopy.deepCopy(box, StringBuilder::new);
    assertThat(copy.content.toString()).isEqualTo("x");
    assertThat(copy.content).isNotSameInstanceAs(box.content);
  }

  @Test
  void aSealedFieldKeepsItsRuntimeClass() {
    Shape.Polygon polygon = new Shape.Polygon();
    polygon.points = new ArrayList<>(List.of(new double[] {1, 2}));
    Drawing drawing = new Drawing();
    drawing.background = polygon;
    Drawing copy = DrawingDeepCopy.deepCopy(drawing);
    assertThat(copy.background).isInstanceOf(Shape.Polygon.class);
    assertThat(((Shape.Polygon) copy.background).points.get(0))
        .isNotSameInstanceAs(polygon.points.get(0));
  }

  @Test
  void aHandWrittenDeepCopyIsCalledVirtually() {
    Plugin.Script script = new Plugin.Script();
    script.source = new StringBuilder("print()");
    Drawing drawing = new Drawing();
    drawing.plugin = script;
    Drawing copy = DrawingDeepCopy.deepCopy(drawing);
    assertThat(copy.plugin).isInstanceOf(Plugin.Script.class);
    assertThat(((Plugin.Script) copy.plugin).source).isNotSameInstanceAs(script.source);
  }

  @Test
  void anUnknownSubclassOfACopiedClassIsRefused() {
    class Annotated extends Inventory.Item {}
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Inventory_ItemDeepCopy.deepCopy(new Annotated()));
    assertThat(e).hasMessageThat().contains("its own fields would be lost");
  }

  @Test
  void aValueClassOfImmutablesIsSharedAndOneWithAListIsRebuilt() {
    Invoice invoice = new Invoice();
    invoice.total = new Invoice.Money("EUR", 1250);
    invoice.lines = new Invoice.Lines(new ArrayList<>(List.of("book")));
    Invoice copy = InvoiceDeepCopy.deepCopy(invoice);
    assertThat(copy.total).isSameInstanceAs(invoice.total);
    assertThat(copy.lines).isNotSameInstanceAs(invoice.lines);
    assertThat(copy.lines.getItems()).isNotSameInstanceAs(invoice.lines.getItems());
    assertThat(copy.lines.getItems()).containsExactly("book");

    invoice.period = new Invoice.Period(new ArrayList<>(List.of("May"))) {};
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> InvoiceDeepCopy.deepCopy(invoice));
    assertThat(refused).hasMessageThat().contains("would lose the subclass's fields");
    invoice.period = new Invoice.Period(new ArrayList<>(List.of("May")));
    assertThat(InvoiceDeepCopy.deepCopy(invoice).period.getMonths()).containsExactly("May");
  }

  @Test
  void usesShallowAndImmutableDoWhatTheySay() {
    Theme theme = new Theme();
    theme.accent = new LegacyColor();
    theme.version = new Theme.Version(1, 2);
    theme.previewCache = new HashMap<>();
    Theme copy = ThemeDeepCopy.deepCopy(theme);
    assertThat(copy.accent).isNotSameInstanceAs(theme.accent);
    assertThat(copy.version).isSameInstanceAs(theme.version);
    assertThat(copy.previewCache).isSameInstanceAs(theme.previewCache);
  }

  @Test
  void aJsonTreeIsCopiedNodeByNode() {
    HelmRelease release = new HelmRelease();
    Map<String, Object> limits = new LinkedHashMap<>(Map.of("cpu", "500m"));
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("limits", limits);
    release.values = new LinkedHashMap<>();
    release.values.put("replicas", 3);
    release.values.put("resources", resources);
    release.values.put("args", new ArrayList<>(List.of("--verbose", 2.5, true)));
    release.values.put("unset", null);

    HelmRelease copy = HelmReleaseDeepCopy.deepCopy(release);
    assertThat(copy.values).isEqualTo(release.values);
    assertThat(copy.values.get("resources")).isNotSameInstanceAs(resources);
    limits.put("cpu", "2");
    assertThat(copy.values.get("resources")).isEqualTo(Map.of("limits", Map.of("cpu", "500m")));
    assertThat(copy.values).containsEntry("unset", null);
  }

  @Test
  void aValueThatIsNotJsonIsRefusedNotShared() {
    HelmRelease release = new HelmRelease();
    release.status = new ArrayList<>(List.of(new StringBuilder("mutable")));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> HelmReleaseDeepCopy.deepCopy(release));
    assertThat(thrown)
        .hasMessageThat()
        .contains("cannot copy a java.lang.StringBuilder in a JSON tree");
  }

  @Test
  void aJsonObjectKeyMustBeAString() {
    HelmRelease release = new HelmRelease();
    release.status = new HashMap<>(Map.of(1, "one"));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> HelmReleaseDeepCopy.deepCopy(release));
    assertThat(thrown).hasMessageThat().contains("JSON keys are strings");
  }
}
