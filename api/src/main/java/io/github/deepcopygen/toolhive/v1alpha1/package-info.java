/**
 * The ToolHive operator's {@code v1alpha1} API ({@code toolhive.stacklok.dev}), as fabric8 custom
 * resources.
 *
 * <p>fabric8's model classes cannot carry {@code @DeepCopy}, so this package lists the ones its
 * types reach: deepcopy-gen writes their copiers here, and every copier of the package uses them.
 */
@DeepCopy.Include({
  CustomResource.class,
  DefaultKubernetesResourceList.class,
  ObjectMeta.class,
  OwnerReference.class,
  ManagedFieldsEntry.class,
  FieldsV1.class,
  ListMeta.class,
  Condition.class,
  LocalObjectReference.class,
  RawExtension.class
})
package io.github.deepcopygen.toolhive.v1alpha1;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.DefaultKubernetesResourceList;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.ListMeta;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import io.fabric8.kubernetes.client.CustomResource;
import io.github.deepcopygen.DeepCopy;
