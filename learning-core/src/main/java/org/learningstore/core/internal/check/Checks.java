package org.learningstore.core.internal.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.learningstore.core.error.InvalidInputException;

/** Field checks shared by the domain records; each failure names the field and the reason. */
public final class Checks {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Checks() {
    }

    public static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return maxLength(field, value, maxLength);
    }

    public static String optionalText(String field, String value, int maxLength) {
        return value == null ? null : maxLength(field, value, maxLength);
    }

    private static String maxLength(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "must not contain NUL characters");
        }
        return value;
    }

    public static String slug(String field, String value) {
        requiredText(field, value, 100);
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be lower-case letters and digits separated by single hyphens");
        }
        return value;
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

    /** An immutable list of non-blank texts, duplicates removed, order kept. */
    public static List<String> texts(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            throw new InvalidInputException(field, "must have at most " + maxItems + " items");
        }
        var distinct = new LinkedHashSet<String>();
        for (String value : values) {
            distinct.add(requiredText(field, value, maxLength));
        }
        return List.copyOf(distinct);
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
