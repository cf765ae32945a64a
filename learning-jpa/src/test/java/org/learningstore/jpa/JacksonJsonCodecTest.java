package org.learningstore.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JacksonJsonCodecTest {
    private final JacksonJsonCodec json = new JacksonJsonCodec();

    @Test
    void onlyAWellFormedObjectIsAnObject() {
        assertTrue(json.isObject("{}"));
        assertTrue(json.isObject(" {\"a\": [1, {\"b\": null}], \"emoji\": \"\\ud83c\\udf93\"} "));
        for (String other : List.of("[]", "42", "\"text\"", "null", "", "{", "{} {}", "{'a': 1}", "{\"a\": NaN}")) {
            assertFalse(json.isObject(other), other);
        }
        assertFalse(json.isObject(null));
    }

    @Test
    void textNoBackendCanStoreAlikeIsRefused() {
        assertFalse(json.isObject("{\"a\": \"\\u0000\"}"), "NUL in a value");
        assertFalse(json.isObject("{\"\\u0000\": 1}"), "NUL in a name");
        assertFalse(json.isObject("{\"a\": [\"\\ud83c\"]}"), "a lone surrogate");
    }

    @Test
    void recordsAndInstantsAreWrittenAsJsonWithIsoInstants() {
        record Sample(String name, Instant at, List<Integer> values) {
        }
        assertEquals("{\"name\":\"x\",\"at\":\"2026-03-01T09:00:00.123456Z\",\"values\":[1,2]}",
                json.write(new Sample("x", Instant.parse("2026-03-01T09:00:00.123456Z"), List.of(1, 2))));
    }
}
