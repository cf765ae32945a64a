package org.learningstore.core.port;

import java.util.function.Supplier;

/**
 * Units of work. A write runs all its port writes atomically or none of them; the adapter
 * retries it a bounded number of times on a conflict or transient failure, so {@code work}
 * must be safe to run again. Within a write, reads must come before writes: a backend may
 * defer writes to the end of the unit (Turso sends them as one guarded batch).
 */
public interface Transactions {
    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);

    /**
     * Runs several facade calls as one write unit: their writes commit together or not at all.
     * A backend that cannot keep a unit open across calls refuses with a
     * {@link org.learningstore.core.error.StoreUnavailableException} that is not retryable.
     */
    default <T> T spanning(Supplier<T> work) {
        return write(work);
    }
}
