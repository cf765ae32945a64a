package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.error.InvalidInputException;

/**
 * The JSON that people write (lesson content, learner preferences and metadata, resume
 * positions), as the kit checks it on every backend: each refused text with the reason it is
 * refused for, and awkward texts that must read back byte for byte.
 */
final class FreeFormJsonCases {
    static final String SYNTAX = "must be well-formed JSON: ";

    /** Unicode in several scripts, emoji, escapes, odd numbers and spacing, a depth of 64: all kept as written. */
    static final List<String> KEPT = List.of(
            "{ \"title\" : \"It's 100% \\\"quoted\\\" — مرحبا ‏שלום 🎓🧠\",\n\t\"escaped\": \"\\u00e9\\ud83c\\udf93\\n\\/\","
                    + "  \"numbers\": [0, -0.0, 2.50, 1e308, -1E-300, 12345678901234567890], \"flags\": [true,false,null],"
                    + " \"nested\": {\"a\": {\"b\": [[], {}]}}, \"\": \"\" }  ",
            "{}",
            nested(64));

    record Refused(String name, String text, String reason) {
    }

    private FreeFormJsonCases() {
    }

    /** Every refused text for a field that takes at most {@code maxLength} characters. */
    static List<Refused> refused(int maxLength) {
        String nul = "must not contain the NUL character (\\u0000)";
        String number = "must hold only finite numbers within the range of a double";
        return List.of(
                new Refused("an escaped NUL", "{\"a\":\"\\u0000\"}", nul),
                new Refused("an escaped NUL in a name", "{\"\\u0000\":1}", nul),
                new Refused("an escaped lone surrogate", "{\"a\":\"\\ud800\"}", "must not contain a lone UTF-16 surrogate"),
                new Refused("a lone low surrogate deep down", "{\"a\":[{\"b\":\"x\\udc00\"}]}",
                        "must not contain a lone UTF-16 surrogate"),
                new Refused("an array", "[1]", "must be a JSON object"),
                new Refused("a string", "\"text\"", "must be a JSON object"),
                new Refused("null", "null", "must be a JSON object"),
                new Refused("a number beyond a double", "{\"a\":1e999999}", number),
                new Refused("a number below a double", "{\"a\":[-1e-999999]}", number),
                new Refused("a depth of 65", nested(65), "must not nest deeper than 64 levels"),
                new Refused("an array at a depth of 65", "{\"a\":" + "[".repeat(64) + "]".repeat(64) + "}",
                        "must not nest deeper than 64 levels"),
                new Refused("over the size limit", sized(maxLength + 1), "must be at most " + maxLength + " characters"),
                new Refused("a syntax error", "{\"a\": ", SYNTAX),
                new Refused("two documents", "{} {}", SYNTAX),
                new Refused("single quotes", "{'a': 1}", SYNTAX),
                new Refused("not JSON", "not json", SYNTAX));
    }

    /** Asserts that each refused text, given to {@code write}, is refused as invalid {@code field} for its reason. */
    static void assertAllRefused(String field, int maxLength, Function<String, Executable> write) {
        List<Executable> checks = new ArrayList<>();
        for (Refused refused : refused(maxLength)) {
            checks.add(() -> {
                InvalidInputException error = assertThrows(InvalidInputException.class, write.apply(refused.text()),
                        refused.name());
                assertEquals(field, error.field(), refused.name());
                if (refused.reason().equals(SYNTAX)) {
                    assertTrue(error.reason().startsWith(SYNTAX), refused.name() + ": " + error.reason());
                } else {
                    assertEquals(refused.reason(), error.reason(), refused.name());
                }
            });
        }
        org.junit.jupiter.api.Assertions.assertAll(checks);
    }

    /** An object nested {@code depth} levels deep: {@code {"a":{"a":...{}...}}}. */
    static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    /** A JSON object of exactly {@code length} characters. */
    static String sized(int length) {
        String open = "{\"a\":\"";
        String close = "\"}";
        return open + "x".repeat(length - open.length() - close.length()) + close;
    }
}
