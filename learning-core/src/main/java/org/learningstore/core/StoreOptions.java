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
 */
public record StoreOptions(Clock clock, StatementListener statementListener, MasteryRules masteryRules,
                           ConnectionSettings connections, boolean migrateOnOpen, XpRules xpRules) {
    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(statementListener, "statementListener");
        Objects.requireNonNull(masteryRules, "masteryRules");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(xpRules, "xpRules");
    }

    public StoreOptions(Clock clock, StatementListener statementListener, MasteryRules masteryRules) {
        this(clock, statementListener, masteryRules, ConnectionSettings.DEFAULTS, true, XpRules.DEFAULT);
    }

    public StoreOptions(Clock clock, StatementListener statementListener) {
        this(clock, statementListener, MasteryRules.DEFAULT);
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), StatementListener.NONE);
    }

    public StoreOptions withClock(Clock clock) {
        return new StoreOptions(clock, statementListener, masteryRules, connections, migrateOnOpen, xpRules);
    }

    public StoreOptions withStatementListener(StatementListener listener) {
        return new StoreOptions(clock, listener, masteryRules, connections, migrateOnOpen, xpRules);
    }

    public StoreOptions withMasteryRules(MasteryRules rules) {
        return new StoreOptions(clock, statementListener, rules, connections, migrateOnOpen, xpRules);
    }

    public StoreOptions withConnections(ConnectionSettings settings) {
        return new StoreOptions(clock, statementListener, masteryRules, settings, migrateOnOpen, xpRules);
    }

    public StoreOptions withMigrateOnOpen(boolean migrate) {
        return new StoreOptions(clock, statementListener, masteryRules, connections, migrate, xpRules);
    }

    /** The XP the library pays for its own events. */
    public StoreOptions withXpRules(XpRules rules) {
        return new StoreOptions(clock, statementListener, masteryRules, connections, migrateOnOpen, rules);
    }
}
