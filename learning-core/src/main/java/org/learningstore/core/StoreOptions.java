package org.learningstore.core;

import java.time.Clock;
import java.util.Objects;
import org.learningstore.core.progress.MasteryRules;

/** Settings every backend's factory takes besides its connection. */
public record StoreOptions(Clock clock, StatementListener statementListener, MasteryRules masteryRules) {
    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(statementListener, "statementListener");
        Objects.requireNonNull(masteryRules, "masteryRules");
    }

    public StoreOptions(Clock clock, StatementListener statementListener) {
        this(clock, statementListener, MasteryRules.DEFAULT);
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), StatementListener.NONE);
    }

    public StoreOptions withClock(Clock clock) {
        return new StoreOptions(clock, statementListener, masteryRules);
    }

    public StoreOptions withStatementListener(StatementListener listener) {
        return new StoreOptions(clock, listener, masteryRules);
    }

    public StoreOptions withMasteryRules(MasteryRules rules) {
        return new StoreOptions(clock, statementListener, rules);
    }
}
