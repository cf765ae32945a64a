package org.learningstore.jpa.internal;

import org.learningstore.core.error.ConflictException;

/** A bulk statement over rows the caller named must change each of them; fewer means a concurrent change. */
final class BulkChanges {
    private BulkChanges() {
    }

    static void expect(int changed, int expected, String what) {
        if (changed != expected) {
            throw new ConflictException(null, what + " changed concurrently", null);
        }
    }
}
