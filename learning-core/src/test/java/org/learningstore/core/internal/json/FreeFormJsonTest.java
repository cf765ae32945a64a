package org.learningstore.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.port.JsonCodec;

/** The rule for free-form JSON over parsed trees, without a JSON library or a database. */
class FreeFormJsonTest {
    private static final String NUL = "must not contain the NUL character (\\u0000)";
    private static final String SURROGATE = "must not contain a lone UTF-16 surrogate";
    private static final String NUMBER = "must hold only finite numbers within the range of a double";
    private static final String DEPTH = "must not nest deeper than 64 levels";

    @Test
    void onlyAnObjectIsAccepted() {
        FreeFormJson.requireObject("content", Map.of());
        for (Object other : Arrays.asList(List.of(), "text", BigDecimal.ONE, true, null)) {
            assertRefused("content", "must be a JSON object", () -> FreeFormJson.requireObject("content", other));
        }
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedInValuesAndNamesAtAnyDepth() {
        assertRefused("preferences", NUL, () -> FreeFormJson.requireObject("preferences", Map.of("a", "x\0")));
        assertRefused("preferences", NUL, () -> FreeFormJson.requireObject("preferences", Map.of("\0", 1)));
        assertRefused("metadata", SURROGATE, () -> FreeFormJson.requireObject("metadata", Map.of("a", List.of("\ud800"))));
        assertRefused("metadata", SURROGATE, () -> FreeFormJson.requireObject("metadata", Map.of("a", "\udc00x")));
        assertRefused("metadata", SURROGATE, () -> FreeFormJson.requireObject("metadata", Map.of("\ud83c", 1)));
        assertRefused("metadata", SURROGATE, () -> FreeFormJson.requireObject("metadata", Map.of("a", "x\ud83c")));
        FreeFormJson.requireObject("metadata", Map.of("🎓 \ud83e\udde0", List.of("مرحبا 🧩", "")));
    }

    @Test
    void numbersMustFitADouble() {
        for (Number fits : List.of(0, -1L, new BigDecimal("1e308"), new BigDecimal("-1e-300"), new BigDecimal("0e-999999"),
                new BigInteger("12345678901234567890"), Double.MAX_VALUE, Double.MIN_VALUE)) {
            FreeFormJson.requireObject("content", Map.of("n", fits));
        }
        for (Number beyond : List.of(new BigDecimal("1e999999"), new BigDecimal("-1e309"), new BigDecimal("1e-999999"),
                BigInteger.TEN.pow(400), Double.POSITIVE_INFINITY, Double.NaN)) {
            assertRefused("content", NUMBER, () -> FreeFormJson.requireObject("content", Map.of("n", List.of(beyond))));
        }
    }

    @Test
    void depthIsAtMost64ContainersCountingArrays() {
        FreeFormJson.requireObject("content", nested(64, false));
        FreeFormJson.requireObject("content", nested(64, true));
        assertRefused("content", DEPTH, () -> FreeFormJson.requireObject("content", nested(65, false)));
        assertRefused("content", DEPTH, () -> FreeFormJson.requireObject("content", nested(65, true)));
    }

    @Test
    void sizeIsCheckedOnTheTextBeforeParsingItAndCountsCharactersNotUnits() {
        JsonCodec unreachable = new JsonCodec() {
            @Override
            public Object parse(String text) {
                throw new AssertionError("parsed text over the size limit");
            }

            @Override
            public String print(Object tree) {
                throw new AssertionError();
            }
        };
        String over = "{\"a\":\"" + "x".repeat(FreeFormJson.MAX_LENGTH) + "\"}";
        assertRefused("content", "must be at most 1048576 characters", () -> FreeFormJson.requireObject("content", over, unreachable));

        String emoji = "🎓".repeat(FreeFormJson.MAX_LENGTH - 8);
        String atLimit = "{\"a\":\"" + emoji + "\"}";
        assertEquals(FreeFormJson.MAX_LENGTH, atLimit.codePointCount(0, atLimit.length()));
        FreeFormJson.requireObject("content", atLimit, parsingTo(Map.of("a", emoji)));
    }

    @Test
    void syntaxErrorsOfTheCodecBecomeInvalidInputOfTheField() {
        JsonCodec broken = new JsonCodec() {
            @Override
            public Object parse(String text) {
                throw new MalformedJsonException("Unexpected end-of-input", null);
            }

            @Override
            public String print(Object tree) {
                throw new AssertionError();
            }
        };
        assertRefused("position", "must be well-formed JSON: Unexpected end-of-input",
                () -> FreeFormJson.requireObject("position", "{\"a\":", broken));
    }

    private static JsonCodec parsingTo(Object tree) {
        return new JsonCodec() {
            @Override
            public Object parse(String text) {
                return tree;
            }

            @Override
            public String print(Object ignored) {
                throw new AssertionError();
            }
        };
    }

    /** An object holding containers {@code depth} deep in all, the inner ones arrays or objects. */
    private static Map<String, Object> nested(int depth, boolean arrays) {
        Object inner = arrays ? new ArrayList<>() : new LinkedHashMap<>();
        for (int level = 2; level < depth; level++) {
            inner = arrays ? new ArrayList<>(List.of(inner)) : new LinkedHashMap<>(Map.of("a", inner));
        }
        return new LinkedHashMap<>(Map.of("a", inner));
    }

    private static void assertRefused(String field, String reason, Executable call) {
        InvalidInputException error = assertThrows(InvalidInputException.class, call);
        assertEquals(field, error.field());
        assertEquals(reason, error.reason());
    }
}
