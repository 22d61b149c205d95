/**
 * An operator author's resource, end to end: a fabric8 custom resource ({@link Backup}) whose spec
 * and status use fabric8's own value types, its copiers, its CRD, and the JOSDK cloner that uses
 * them.
 *
 * <p>fabric8's classes cannot carry {@code @DeepCopy}, so the package lists the ones its types
 * reach; deepcopy-gen writes their copiers here ({@code QuantityDeepCopy}, {@code
 * ObjectMetaDeepCopy}, …).
 */
@DeepCopy.Include({
  CustomResource.class,
  ObjectMeta.class,
  OwnerReference.class,
  ManagedFieldsEntry.class,
  FieldsV1.class,
  Condition.class,
  Quantity.class,
  IntOrString.class
})
package io.github.deepcopygen.examples.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.CustomResource;
import io.github.deepcopygen.DeepCopy;
