package io.github.deepcopygen.toolhive.crd;

import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * A CRD schema customizer that gives the named integer properties {@code format: int32}, as controller-gen
 * does for a Go {@code int32}.
 *
 * <p>fabric8's generator writes every Java integer as a bare {@code integer}, and its merge-patch
 * customizer cannot add a format: a patch of {@code properties} replaces the whole map. Only the CRD
 * generator loads this class, at build time.
 */
public final class Int32Fields implements SchemaCustomizer.Customizer {
    /**
     * Sets the format of each property named in {@code input}, a comma-separated list; a name that is not
     * an integer property of {@code schema} fails the build rather than leave the CRD quietly wrong.
     */
    @Override
    public JSONSchemaProps apply(JSONSchemaProps schema, String input, KubernetesSerialization serialization) {
        for (String name : input.split(",")) {
            JSONSchemaProps property = schema.getProperties() == null ? null : schema.getProperties().get(name.strip());
            if (property == null || !"integer".equals(property.getType())) {
                throw new IllegalArgumentException(
                        "@SchemaCustomizer(Int32Fields.class): '" + name.strip() + "' is not an integer property of this type");
            }
            property.setFormat("int32");
        }
        return schema;
    }
}
