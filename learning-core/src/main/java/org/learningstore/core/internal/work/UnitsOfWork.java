package org.learningstore.core.internal.work;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.learningstore.core.port.Transactions;

/** What every service uses: the backend's units of work and the time. */
public final class UnitsOfWork {
    private final Transactions transactions;
    private final Clock clock;

    public UnitsOfWork(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Now, to the microsecond every backend keeps. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public <T> T write(Supplier<T> work) {
        return transactions.write(work);
    }

    public <T> T read(Supplier<T> work) {
        return transactions.read(work);
    }
}
