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
import org.learningstore.core.port.JsonCodec;

/** JSON through Jackson: the core's {@link JsonCodec}, and the JSON arrays of texts the schema stores. */
final class JacksonJsonCodec implements JsonCodec {
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };

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

    JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is malformed: " + json, e);
        }
    }
}
