package org.learningstore.core.internal.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningstore.core.error.InvalidInputException;

/** Enum constants as the lower-case codes stored in the database and accepted from callers. */
public final class Codes {
    /** Each enum's constants by code, made once: every row read parses its codes. */
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(constant -> (Enum<?>) constant)
                    .collect(Collectors.toUnmodifiableMap(Codes::of, Function.identity()));
        }
    };

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
        Enum<?> constant = code == null ? null : BY_CODE.get(type).get(code);
        if (constant != null) {
            return type.cast(constant);
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
        throw new InvalidInputException(field, "unknown value '" + code + "'; expected one of " + allowed);
    }
}
