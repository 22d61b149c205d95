package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/** Fields of generic @DeepCopy types, each copied with the operator for its type argument. */
@DeepCopy
public class Shipment {
  public Box<Inventory.Item> item;
  public Box<String> note;
  public Box<List<Inventory.Item>> pallet;
  public Box<Box<Inventory.Item>> giftWrapped;
  public Map<String, Box<Inventory.Item>> byDestination;
}
