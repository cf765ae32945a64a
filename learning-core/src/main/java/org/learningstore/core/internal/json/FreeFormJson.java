package org.learningstore.core.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.JsonCodec;

/**
 * The rule for JSON that people write (lesson content, learner preferences, the metadata of
 * learners, skills, lessons and attempts, resume positions), the same on every backend: a JSON
 * object of at most {@value #MAX_LENGTH} characters (1 MiB), nested at most {@value #MAX_DEPTH} levels, whose strings and names hold no NUL and no
 * lone UTF-16 surrogate, and whose numbers are finite and within the range of a double. It is
 * checked on the parsed tree; the text itself is stored as written.
 */
public final class FreeFormJson {
    public static final int MAX_LENGTH = 1_048_576;
    public static final int MAX_DEPTH = 64;

    private FreeFormJson() {
    }

    /** Refuses {@code text} with an {@link InvalidInputException} naming {@code field} unless it follows the rule. */
    public static void requireObject(String field, String text, JsonCodec codec) {
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        Object tree;
        try {
            tree = codec.parse(text);
        } catch (JsonCodec.MalformedJsonException malformed) {
            throw new InvalidInputException(field, "must be well-formed JSON: " + malformed.getMessage());
        }
        requireObject(field, tree);
    }

    /** The rule over an already parsed tree (see {@link JsonCodec}). */
    public static void requireObject(String field, Object tree) {
        if (!(tree instanceof Map<?, ?>)) {
            throw new InvalidInputException(field, "must be a JSON object");
        }
        check(field, tree, 1);
    }

    private static void check(String field, Object node, int depth) {
        if (node instanceof Map<?, ?> || node instanceof List<?>) {
            if (depth > MAX_DEPTH) {
                throw new InvalidInputException(field, "must not nest deeper than " + MAX_DEPTH + " levels");
            }
        }
        if (node instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> member : object.entrySet()) {
                Checks.wellFormed(field, (String) member.getKey());
                check(field, member.getValue(), depth + 1);
            }
        } else if (node instanceof List<?> array) {
            for (Object element : array) {
                check(field, element, depth + 1);
            }
        } else if (node instanceof String text) {
            Checks.wellFormed(field, text);
        } else if (node instanceof Number number) {
            checkNumber(field, number);
        }
    }

    /** A number a double cannot hold (overflowing to infinity, or a non-zero one underflowing to zero) is refused. */
    private static void checkNumber(String field, Number number) {
        double value = number.doubleValue();
        if (!Double.isFinite(value) || value == 0 && !isZero(number)) {
            throw new InvalidInputException(field, "must hold only finite numbers within the range of a double");
        }
    }

    private static boolean isZero(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.signum() == 0;
        }
        if (number instanceof BigInteger integer) {
            return integer.signum() == 0;
        }
        return number.doubleValue() == 0;
    }
}
