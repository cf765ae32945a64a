package org.learningstore.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of structured columns (question options, answer keys, responses, question order,
 * what an attempt was graded against): Jackson writes the plain maps and lists of the core
 * shapes, and reads them back to maps and lists. Thread-safe.
 */
final class JsonColumns {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<Object>> ARRAY = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", unwritable);
        }
    }

    /**
     * {@code stored} when it holds the same JSON as {@code written}, else {@code written}. A jsonb
     * column reads back respaced (and with its keys reordered), so assigning equal content as new
     * text would make Hibernate see a change that is none, and write (and version) it.
     */
    static String keepIfSame(String stored, String written) {
        if (stored == null || written == null) {
            return written;
        }
        try {
            return MAPPER.readTree(stored).equals(MAPPER.readTree(written)) ? stored : written;
        } catch (JsonProcessingException unreadable) {
            return written;
        }
    }

    static Map<String, Object> object(String text) {
        return read(text, OBJECT);
    }

    static List<Object> array(String text) {
        return read(text, ARRAY);
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a stored JSON column cannot be read: " + unreadable.getOriginalMessage(), unreadable);
        }
    }
}
