package org.learningstore.core;

import java.time.Clock;
import java.util.Objects;
import org.learningstore.core.engagement.XpRules;
import org.learningstore.core.progress.MasteryRules;

/** Settings every backend's factory takes besides its connection. */
public record StoreOptions(Clock clock, StatementListener statementListener, MasteryRules masteryRules, XpRules xpRules) {
    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(statementListener, "statementListener");
        Objects.requireNonNull(masteryRules, "masteryRules");
        Objects.requireNonNull(xpRules, "xpRules");
    }

    public StoreOptions(Clock clock, StatementListener statementListener, MasteryRules masteryRules) {
        this(clock, statementListener, masteryRules, XpRules.DEFAULT);
    }

    public StoreOptions(Clock clock, StatementListener statementListener) {
        this(clock, statementListener, MasteryRules.DEFAULT);
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), StatementListener.NONE);
    }

    public StoreOptions withClock(Clock clock) {
        return new StoreOptions(clock, statementListener, masteryRules, xpRules);
    }

    public StoreOptions withStatementListener(StatementListener listener) {
        return new StoreOptions(clock, listener, masteryRules, xpRules);
    }

    public StoreOptions withMasteryRules(MasteryRules rules) {
        return new StoreOptions(clock, statementListener, rules, xpRules);
    }

    /** The XP the library pays for its own events. */
    public StoreOptions withXpRules(XpRules rules) {
        return new StoreOptions(clock, statementListener, masteryRules, rules);
    }
}
