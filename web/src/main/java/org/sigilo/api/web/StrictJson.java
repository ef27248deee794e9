package org.sigilo.api.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.sigilo.platform.i18n.Message;

/**
 * Reads every JSON request body of the API, and reads it strictly: JSON-B on its own turns a number
 * or a boolean into a text field, and a fraction into a count (dropping what follows the point), so
 * a client's mistake would be stored as something it never meant. Here the JSON is first checked
 * against the record it is bound to, and a value of the wrong kind, or a text holding a NUL
 * character (which some databases cut strings at, and no person types), is a 400 naming the field.
 * Only then does JSON-B bind it. Being the one reader for records, it covers every resource at
 * once.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJson implements MessageBodyReader<Object> {

  /** Larger than any body the API takes as JSON; uploads are not JSON. */
  static final int MAX_BYTES = 1 << 20;

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(
          int.class,
          Integer.class,
          long.class,
          Long.class,
          short.class,
          Short.class,
          byte.class,
          Byte.class,
          BigInteger.class);
  private static final Set<Class<?>> NUMBERS =
      Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException, WebApplicationException {
    byte[] body = entityStream.readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw new InvalidRequest(Message.of("problem.api.json-too-large", MAX_BYTES));
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      // No body at all: the resource decides (most answer that the request is incomplete).
      return null;
    }
    JsonValue json;
    try (var reader = Json.createReader(new StringReader(text))) {
      json = reader.readValue();
    } catch (JsonException notJson) {
      throw new InvalidRequest(Message.of("problem.api.not-json"));
    }
    check(json, genericType, "");
    try {
      return JSONB.fromJson(new ByteArrayInputStream(body), genericType);
    } catch (JsonbException unbindable) {
      throw new InvalidRequest(Message.of("problem.api.not-json"));
    }
  }

  /** Refuses a value that is not of the kind the target type takes; {@code path} names it. */
  static void check(JsonValue value, Type target, String path) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return; // absent is for the resource's own validation to judge
    }
    Class<?> raw = rawClass(target);
    if (raw == String.class
        || raw == Character.class
        || raw == char.class
        || raw.isEnum()
        || Temporal.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonString string)) {
        throw wrongKind(path, "text");
      }
      if (string.getString().indexOf('\0') >= 0) {
        throw new InvalidRequest(Message.of("problem.api.json-nul", shown(path)));
      }
    } else if (WHOLE_NUMBERS.contains(raw)) {
      if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
        throw wrongKind(path, "whole-number");
      }
    } else if (NUMBERS.contains(raw)) {
      if (!(value instanceof JsonNumber)) {
        throw wrongKind(path, "number");
      }
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw wrongKind(path, "true-false");
      }
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      if (!(value instanceof JsonArray array)) {
        throw wrongKind(path, "list");
      }
      Type element = elementType(target);
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), element, path + "[" + i + "]");
      }
    } else if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        throw wrongKind(path, "object");
      }
      for (RecordComponent component : raw.getRecordComponents()) {
        String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
        check(object.get(component.getName()), component.getGenericType(), name);
      }
      for (var field : object.entrySet()) {
        refuseNul(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonObject)) {
        throw wrongKind(path, "object");
      }
      refuseNul(value, path);
    } else {
      refuseNul(value, path);
    }
  }

  /** NUL characters anywhere below a value, also in parts no record component describes. */
  private static void refuseNul(JsonValue value, String path) {
    if (value instanceof JsonString string && string.getString().indexOf('\0') >= 0) {
      throw new InvalidRequest(Message.of("problem.api.json-nul", shown(path)));
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        refuseNul(array.get(i), path + "[" + i + "]");
      }
    } else if (value instanceof JsonObject object) {
      for (var field : object.entrySet()) {
        refuseNul(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
      }
    }
  }

  private static InvalidRequest wrongKind(String path, String kind) {
    if (path.isEmpty()) {
      // not even the right shape (a list where an object belongs): no field to name
      return new InvalidRequest(Message.of("problem.api.not-json"));
    }
    return new InvalidRequest(
        Message.of("problem.api.json-kind", shown(path), Message.of("json.kind." + kind)));
  }

  private static String shown(String path) {
    return path.isEmpty() ? "(body)" : path;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return rawClass(parameterized.getRawType());
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return Object.class;
  }

  private static Type elementType(Type collection) {
    if (collection instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (collection instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    if (collection instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length == 1) {
      return parameterized.getActualTypeArguments()[0];
    }
    return Object.class;
  }
}
