/**
 * The benchmarks' copiers for swagger's OpenAPI model and every class it reaches, as the
 * openapi-model outside project has them. The subclasses of a schema and of a parameter, which the
 * parser makes and nothing in the model names, are listed so that a field holding one copies it
 * with its own class.
 */
@DeepCopy.Include(
    value = {
      OpenAPI.class,
      ArbitrarySchema.class,
      ArraySchema.class,
      ComposedSchema.class,
      MapSchema.class,
      ObjectSchema.class,
      StringSchema.class,
      IntegerSchema.class,
      NumberSchema.class,
      BooleanSchema.class,
      DateSchema.class,
      DateTimeSchema.class,
      EmailSchema.class,
      PasswordSchema.class,
      UUIDSchema.class,
      BinarySchema.class,
      ByteArraySchema.class,
      FileSchema.class,
      JsonSchema.class,
      QueryParameter.class,
      PathParameter.class,
      HeaderParameter.class,
      CookieParameter.class
    },
    transitive = true)
package io.github.deepcopygen.benchmarks.openapi;

import io.github.deepcopygen.DeepCopy;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArbitrarySchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ByteArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.EmailSchema;
import io.swagger.v3.oas.models.media.FileSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.PasswordSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.CookieParameter;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
