package org.learningstore.core.paging;

import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/**
 * A keyset page: the first page, or the page after an opaque cursor taken from
 * {@link CursoredPage#nextCursor()}. Stable under inserts, unlike offsets.
 */
public record CursorRequest(String after, int size) {
    public CursorRequest {
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        if (after != null && Checks.isBlank(after)) {
            throw new InvalidInputException("cursor", "must not be blank");
        }
    }

    public static CursorRequest first(int size) {
        return new CursorRequest(null, size);
    }

    public static CursorRequest after(String cursor, int size) {
        return new CursorRequest(cursor, size);
    }
}
