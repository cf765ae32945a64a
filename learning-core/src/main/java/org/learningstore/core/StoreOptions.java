package org.learningstore.core;

import java.time.Clock;
import java.util.Objects;

/** Settings every backend's factory takes besides its connection. */
public record StoreOptions(Clock clock, StatementListener statementListener) {
    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(statementListener, "statementListener");
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), StatementListener.NONE);
    }

    public StoreOptions withClock(Clock clock) {
        return new StoreOptions(clock, statementListener);
    }

    public StoreOptions withStatementListener(StatementListener listener) {
        return new StoreOptions(clock, listener);
    }
}
