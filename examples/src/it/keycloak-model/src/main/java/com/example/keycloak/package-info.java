/**
 * Copiers for a Keycloak realm and every representation it reaches. keycloak-core keeps legacy and
 * derived values in fields that only Jackson writes, by reflection: deprecated settings behind a
 * getter alone, the raw client policies behind converting accessors, a resource type's aliases
 * beside its creator. The copy cannot write them, and says which; they are acknowledged here.
 */
@DeepCopy.Include(
    value = RealmRepresentation.class,
    transitive = true,
    uncopiedFields = {
      "org.keycloak.representations.idm.ApplicationRepresentation.clientTemplate",
      "org.keycloak.representations.idm.ApplicationRepresentation.useTemplateConfig",
      "org.keycloak.representations.idm.ApplicationRepresentation.useTemplateMappers",
      "org.keycloak.representations.idm.ApplicationRepresentation.useTemplateScope",
      "org.keycloak.representations.idm.ClientRepresentation.clientTemplate",
      "org.keycloak.representations.idm.ClientRepresentation.useTemplateConfig",
      "org.keycloak.representations.idm.ClientRepresentation.useTemplateMappers",
      "org.keycloak.representations.idm.ClientRepresentation.useTemplateScope",
      "org.keycloak.representations.idm.CredentialRepresentation.algorithm",
      "org.keycloak.representations.idm.CredentialRepresentation.counter",
      "org.keycloak.representations.idm.CredentialRepresentation.device",
      "org.keycloak.representations.idm.CredentialRepresentation.digits",
      "org.keycloak.representations.idm.CredentialRepresentation.hashIterations",
      "org.keycloak.representations.idm.CredentialRepresentation.hashedSaltedValue",
      "org.keycloak.representations.idm.CredentialRepresentation.period",
      "org.keycloak.representations.idm.CredentialRepresentation.salt",
      "org.keycloak.representations.idm.OAuthClientRepresentation.clientTemplate",
      "org.keycloak.representations.idm.OAuthClientRepresentation.useTemplateConfig",
      "org.keycloak.representations.idm.OAuthClientRepresentation.useTemplateMappers",
      "org.keycloak.representations.idm.OAuthClientRepresentation.useTemplateScope",
      "org.keycloak.representations.idm.ProtocolMapperRepresentation.consentRequired",
      "org.keycloak.representations.idm.ProtocolMapperRepresentation.consentText",
      "org.keycloak.representations.idm.RealmRepresentation.clientPolicies",
      "org.keycloak.representations.idm.RealmRepresentation.clientProfiles",
      "org.keycloak.representations.idm.RealmRepresentation.passwordCredentialGrantAllowed",
      "org.keycloak.representations.idm.RealmRepresentation.realmCacheEnabled",
      "org.keycloak.representations.idm.RealmRepresentation.social",
      "org.keycloak.representations.idm.RealmRepresentation.updateProfileOnInitialSocialLogin",
      "org.keycloak.representations.idm.RealmRepresentation.userCacheEnabled",
      "org.keycloak.representations.idm.RoleRepresentation.scopeParamRequired",
      "org.keycloak.representations.idm.ScopeMappingRepresentation.clientTemplate",
      "org.keycloak.representations.idm.UserProfileAttributeGroupMetadata.displayDescription",
      "org.keycloak.representations.idm.UserProfileAttributeGroupMetadata.displayHeader",
      "org.keycloak.representations.idm.UserProfileAttributeGroupMetadata.name",
      "org.keycloak.representations.idm.UserProfileAttributeMetadata.defaultValue",
      "org.keycloak.representations.idm.UserProfileAttributeMetadata.displayName",
      "org.keycloak.representations.idm.UserProfileAttributeMetadata.group",
      "org.keycloak.representations.idm.UserProfileAttributeMetadata.name",
      "org.keycloak.representations.idm.UserProfileAttributeMetadata.readOnly",
      "org.keycloak.representations.idm.UserProfileAttributeMetadata.required",
      "org.keycloak.representations.idm.authorization.ResourceType.groupType",
      "org.keycloak.representations.idm.authorization.ResourceType.scopeAliases"
    })
package com.example.keycloak;

import io.github.deepcopygen.DeepCopy;
import org.keycloak.representations.idm.RealmRepresentation;
