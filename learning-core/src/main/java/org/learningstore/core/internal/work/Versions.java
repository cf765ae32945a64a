package org.learningstore.core.internal.work;

import java.util.UUID;
import org.learningstore.core.error.ConflictException;

/** The optimistic-locking rule every edit follows: a caller edits only the version it last read. */
public final class Versions {
    private Versions() {
    }

    /** A {@link ConflictException#staleVersion stale version} conflict unless {@code expected} is {@code actual}. */
    public static void requireCurrent(String entity, UUID id, long expected, long actual) {
        if (expected != actual) {
            throw ConflictException.staleVersion(entity, id, expected, actual);
        }
    }
}
