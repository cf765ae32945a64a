package org.learningstore.core.internal.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningstore.core.error.InvalidInputException;

/**
 * The one input rule set, shared by the domain records and the services and so the same on every
 * backend; each failure names the field and the reason. Text is well-formed UTF-16 without NUL,
 * blank means Unicode white space only, collections hold no null, and durations and instants stay
 * within bounds every database can store.
 */
public final class Checks {
    /** The instants every backend stores to the microsecond: years 1 to 9999. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** The most time one answer or one visit to a lesson may record. */
    public static final Duration MAX_TIME_SPENT = Duration.ofHours(24);

    private Checks() {
    }

    public static String requiredText(String field, String value, int maxLength) {
        if (value == null || isBlank(value)) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return maxLength(field, value, maxLength);
    }

    public static String optionalText(String field, String value, int maxLength) {
        return value == null ? null : maxLength(field, value, maxLength);
    }

    /** A text to look up or filter by: any text that can be stored, blank or not. */
    public static String lookup(String field, String value) {
        return wellFormed(field, required(field, value));
    }

    /** Blank by Unicode: nothing but white space or space separators (a run of non-breaking spaces is blank). */
    public static boolean isBlank(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static String maxLength(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return wellFormed(field, value);
    }

    /** Refuses NUL (PostgreSQL cannot store it) and lone surrogates (stored as '?' by every backend). */
    public static String wellFormed(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new InvalidInputException(field, "must not contain the NUL character (\\u0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, "must not contain a lone UTF-16 surrogate");
            }
        }
        return value;
    }

    public static String slug(String field, String value) {
        requiredText(field, value, 100);
        if (!isSlug(value)) {
            throw new InvalidInputException(field, "must be lower-case letters and digits separated by single hyphens");
        }
        return value;
    }

    /** Lower-case letters and digits in runs separated by single hyphens: a loop, as every course read checks it. */
    private static boolean isSlug(String value) {
        boolean afterHyphen = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static Integer optionalMin(String field, Integer value, int min) {
        if (value != null && value < min) {
            throw new InvalidInputException(field, "must be " + min + " or more");
        }
        return value;
    }

    /** A duration from zero to {@code max}, both included. */
    public static Duration duration(String field, Duration value, Duration max) {
        required(field, value);
        if (value.isNegative() || value.compareTo(max) > 0) {
            throw new InvalidInputException(field, "must be between 0 and " + max.toHours() + " hours");
        }
        return value;
    }

    /** An instant every backend can store: from year 1 to year 9999. */
    public static Instant instant(String field, Instant value) {
        required(field, value);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new InvalidInputException(field, "must be between years 1 and 9999");
        }
        return value;
    }

    /**
     * An immutable list of non-blank texts, duplicates removed, order kept. Every course read builds
     * its lists through here, and they hold no duplicate: so no set unless there is one (an
     * immutable list is kept as it is); the lists are short (at most {@code maxItems}).
     */
    public static List<String> texts(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > maxItems) {
            throw new InvalidInputException(field, "must have at most " + maxItems + " items");
        }
        if (checkedWithoutDuplicates(field, values, maxLength)) {
            return List.copyOf(values);
        }
        var distinct = new LinkedHashSet<String>();
        for (String value : values) {
            distinct.add(requiredText(field, value, maxLength));
        }
        return List.copyOf(distinct);
    }

    /** Whether {@code values}, each checked as a required text, hold no text twice. */
    private static boolean checkedWithoutDuplicates(String field, List<String> values, int maxLength) {
        boolean distinct = true;
        for (int i = 0; i < values.size(); i++) {
            String value = requiredText(field, values.get(i), maxLength);
            for (int j = 0; j < i && distinct; j++) {
                distinct = !value.equals(values.get(j));
            }
        }
        return distinct;
    }

    /** An immutable copy of {@code values}, refusing a null collection or a null element. */
    public static <T> List<T> elements(String field, Collection<? extends T> values) {
        required(field, values);
        var copy = new ArrayList<T>(values.size());
        for (T value : values) {
            copy.add(required(field, value));
        }
        return List.copyOf(copy);
    }

    /** An immutable list of {@code values}, refusing a null array or a null element. */
    @SafeVarargs
    public static <T> List<T> elements(String field, T... values) {
        return elements(field, Arrays.asList(required(field, values)));
    }

    /** An immutable set of {@code keys}, refusing null and repeated keys. */
    public static Set<String> distinct(String field, String... keys) {
        required(field, keys);
        var set = new LinkedHashSet<String>();
        for (String key : keys) {
            if (!set.add(required(field, key))) {
                throw new InvalidInputException(field, "must not name a key twice");
            }
        }
        return Set.copyOf(set);
    }

    public static <T> T required(String field, T value) {
        return InvalidInputException.required(field, value);
    }
}
