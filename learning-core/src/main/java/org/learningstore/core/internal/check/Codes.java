package org.learningstore.core.internal.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.learningstore.core.error.InvalidInputException;

/** Enum constants as the lower-case codes stored in the database and accepted from callers. */
public final class Codes {
    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
        if (code != null) {
            for (E constant : type.getEnumConstants()) {
                if (of(constant).equals(code)) {
                    return constant;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
        throw new InvalidInputException(field, "unknown value '" + code + "'; expected one of " + allowed);
    }
}
