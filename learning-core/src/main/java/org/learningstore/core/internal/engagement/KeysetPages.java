package org.learningstore.core.internal.engagement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.paging.CursoredPage;

/**
 * Opaque keyset cursors of the engagement lists: a list's name, then the last row's sort values.
 * A cursor is accepted only by the list (and order) that made it.
 */
final class KeysetPages {
    private KeysetPages() {
    }

    /**
     * The page of {@code size} rows from {@code rows}, read with one row more than the page so
     * that a next page is known to exist without counting.
     */
    static <T> CursoredPage<T> page(List<T> rows, int size, Function<T, String> cursorOf) {
        if (rows.size() <= size) {
            return new CursoredPage<>(rows, Optional.empty());
        }
        List<T> content = rows.subList(0, size);
        return new CursoredPage<>(content, Optional.of(cursorOf.apply(content.get(size - 1))));
    }

    static String encode(String list, Object... values) {
        var raw = new StringBuilder(list);
        for (Object value : values) {
            raw.append('|').append(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code count} values of a cursor that {@code list} made; anything else is invalid input on {@code cursor}. */
    static <K> K decode(String list, String cursor, int count, Function<String[], K> key) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == count + 1 && parts[0].equals(list)) {
                return key.apply(Arrays.copyOfRange(parts, 1, parts.length));
            }
        } catch (RuntimeException malformed) {
            // reported below
        }
        throw new InvalidInputException("cursor", "is not a cursor of this list");
    }
}
