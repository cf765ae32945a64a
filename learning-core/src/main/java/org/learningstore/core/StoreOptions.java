package org.learningstore.core;

import java.time.Clock;
import java.util.Objects;
import org.learningstore.core.engagement.XpRules;
import org.learningstore.core.progress.MasteryRules;

/**
 * Settings every backend's factory takes besides its connection.
 *
 * @param connections pool sizes, timeouts and the retry budget ({@link ConnectionSettings#DEFAULTS})
 * @param migrateOnOpen whether opening a store migrates its schema (the default); when off, the
 *     schema must already be at this library's version (run the backend's {@code migrate} from a
 *     deploy pipeline), else opening fails with a {@code SchemaVersionException}
 * @param xpRules the XP the library pays for its own events ({@link XpRules#DEFAULT})
 * @param keepDriverCause whether the store's errors keep the driver's exception as their cause, for
 *     the host's own logs (off by default: a driver's message may quote SQL and the values of a row)
 */
public record StoreOptions(Clock clock, StatementListener statementListener, MasteryRules masteryRules,
                           ConnectionSettings connections, boolean migrateOnOpen, XpRules xpRules,
                           boolean keepDriverCause) {
    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(statementListener, "statementListener");
        Objects.requireNonNull(masteryRules, "masteryRules");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(xpRules, "xpRules");
    }

    public StoreOptions(Clock clock, StatementListener statementListener, MasteryRules masteryRules) {
        this(clock, statementListener, masteryRules, ConnectionSettings.DEFAULTS, true, XpRules.DEFAULT, false);
    }

    public StoreOptions(Clock clock, StatementListener statementListener) {
        this(clock, statementListener, MasteryRules.DEFAULT);
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), StatementListener.NONE);
    }

    public StoreOptions withClock(Clock clock) {
        return new StoreOptions(clock, statementListener, masteryRules, connections, migrateOnOpen, xpRules, keepDriverCause);
    }

    public StoreOptions withStatementListener(StatementListener listener) {
        return new StoreOptions(clock, listener, masteryRules, connections, migrateOnOpen, xpRules, keepDriverCause);
    }

    public StoreOptions withMasteryRules(MasteryRules rules) {
        return new StoreOptions(clock, statementListener, rules, connections, migrateOnOpen, xpRules, keepDriverCause);
    }

    public StoreOptions withConnections(ConnectionSettings settings) {
        return new StoreOptions(clock, statementListener, masteryRules, settings, migrateOnOpen, xpRules, keepDriverCause);
    }

    public StoreOptions withMigrateOnOpen(boolean migrate) {
        return new StoreOptions(clock, statementListener, masteryRules, connections, migrate, xpRules, keepDriverCause);
    }

    /** The XP the library pays for its own events. */
    public StoreOptions withXpRules(XpRules rules) {
        return new StoreOptions(clock, statementListener, masteryRules, connections, migrateOnOpen, rules, keepDriverCause);
    }

    /** Whether the store's errors keep the driver's exception as their cause; see {@link #keepDriverCause()}. */
    public StoreOptions withKeepDriverCause(boolean keep) {
        return new StoreOptions(clock, statementListener, masteryRules, connections, migrateOnOpen, xpRules, keep);
    }
}
