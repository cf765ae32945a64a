package org.learningstore.sqlite.internal;

import java.util.function.Supplier;
import org.learningstore.core.error.ConflictException;

/**
 * An optimistic check on a write: the statement must change exactly {@code expectedChanges}
 * rows, or the whole unit of work fails with {@code failure} and nothing is written.
 */
record Guard(int expectedChanges, Supplier<? extends RuntimeException> failure) {

    static Guard changes(int expectedChanges, Supplier<? extends RuntimeException> failure) {
        return new Guard(expectedChanges, failure);
    }

    /** Exactly one row, else a concurrent change (a conflict the unit of work retries). */
    static Guard oneRow(String entity, Object id) {
        return changes(1, () -> concurrentChange(entity + " " + id));
    }

    static ConflictException concurrentChange(String what) {
        return new ConflictException(null, what + " was changed concurrently", null);
    }
}
