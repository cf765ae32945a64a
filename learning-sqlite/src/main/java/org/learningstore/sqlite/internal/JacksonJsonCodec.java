package org.learningstore.sqlite.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.learningstore.core.port.JsonCodec;

/** JSON through Jackson: the core's {@link JsonCodec}, and the JSON arrays of texts the schema stores. */
final class JacksonJsonCodec implements JsonCodec {
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() { };

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public boolean isObject(String text) {
        if (text == null) {
            return false;
        }
        try {
            return mapper.readTree(text).isObject();
        } catch (JsonProcessingException malformed) {
            return false;
        }
    }

    @Override
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON", e);
        }
    }

    String writeTexts(List<String> texts) {
        return write(texts);
    }

    List<String> readTexts(String json) {
        try {
            return List.copyOf(mapper.readValue(json, TEXTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an array of texts: " + json, e);
        }
    }

    /** A stored JSON object as plain maps, lists and scalars (the shape the core's {@code fromJsonMap} reads). */
    Map<String, Object> readObject(String json) {
        try {
            return mapper.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an object: " + json, e);
        }
    }

    /** A stored JSON array of objects, each as {@link #readObject} gives it. */
    List<Map<String, Object>> readObjects(String json) {
        try {
            return mapper.readValue(json, OBJECTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an array of objects: " + json, e);
        }
    }

    JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is malformed: " + json, e);
        }
    }
}
