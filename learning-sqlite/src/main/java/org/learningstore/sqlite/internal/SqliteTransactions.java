package org.learningstore.sqlite.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.port.Transactions;

/**
 * Units of work with bounded retries: a write that fails transiently (a concurrent change, a busy
 * database, a Turso server that may answer next time) is run again from the start, after a short
 * random pause so that contenders spread out. Deterministic failures (a taken slug, a stale
 * version, bad input) are thrown at once: running them again cannot help.
 */
final class SqliteTransactions implements Transactions {
    private static final long BASE_PAUSE_MILLIS = 40;
    private static final long MAX_PAUSE_MILLIS = 1_000;

    private final SqlExecutor executor;
    private final int maxAttempts;

    SqliteTransactions(SqlExecutor executor, int maxAttempts) {
        this.executor = executor;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        if (executor.inUnit()) {
            return executor.write(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return executor.write(work);
            } catch (RuntimeException failure) {
                if (attempt == maxAttempts || !SqliteErrors.isTransient(failure)) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    /** Refused where a unit cannot read after it writes (Turso without streams): several calls would need to. */
    @Override
    public <T> T spanning(Supplier<T> work) {
        if (!executor.capabilities().interactiveTransactions()) {
            throw new StoreUnavailableException("this backend cannot run several calls in one transaction: the server"
                    + " offers no interactive transactions (streams), so each call commits on its own", false, null);
        }
        return write(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return executor.read(work);
    }

    /**
     * Up to 40, 80, 160, 320, 640, 1000, 1000 ms: exponential, capped and fully jittered (at most about
     * 3.2 s of pauses in all). Measured on the local Turso server: eight writers contending for one
     * course's next module position all got through within five attempts; eight threads taking one
     * learner's attempts at one assessment (start, answer, submit, each read-then-write on the same
     * attempt row) needed at most four over 120 runs, on a machine running three such loads at once.
     * Eight attempts leave room for a slower machine.
     */
    private static void pause(int attempt) {
        long bound = Math.min(BASE_PAUSE_MILLIS << (attempt - 1), MAX_PAUSE_MILLIS);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting to retry a write", false, e);
        }
    }
}
