package org.learningstore.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.learningstore.core.port.JsonCodec;

/** JSON through Jackson: records, instants as ISO-8601 text. Thread-safe. */
public final class JacksonJsonCodec implements JsonCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Also refuses text no backend can store the same: NUL characters and lone surrogates (PostgreSQL's jsonb rejects both). */
    @Override
    public boolean isObject(String text) {
        if (text == null) {
            return false;
        }
        try {
            JsonNode node = mapper.readTree(text);
            return node != null && node.isObject() && storable(node);
        } catch (JsonProcessingException malformed) {
            return false;
        }
    }

    @Override
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", unwritable);
        }
    }

    private static boolean storable(JsonNode node) {
        if (node.isTextual()) {
            return storable(node.textValue());
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!storable(field.getKey())) {
                return false;
            }
        }
        for (JsonNode child : node) {
            if (!storable(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
