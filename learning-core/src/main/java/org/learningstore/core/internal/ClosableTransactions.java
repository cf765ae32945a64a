package org.learningstore.core.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.port.Transactions;

/**
 * The backend's units of work until the store is closed; then every call fails the same way on
 * every backend, before it reaches the database, and the backend is released once.
 */
public final class ClosableTransactions implements Transactions {
    private final Transactions open;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    public ClosableTransactions(Transactions open, Runnable release) {
        this.open = open;
        this.release = release;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        ensureOpen();
        return open.write(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        ensureOpen();
        return open.read(work);
    }

    @Override
    public <T> T spanning(Supplier<T> work) {
        ensureOpen();
        return open.spanning(work);
    }

    /** Marks the store closed and releases the backend; later calls do nothing. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new StoreUnavailableException("the store is closed: open a new one", false, null);
        }
    }
}
