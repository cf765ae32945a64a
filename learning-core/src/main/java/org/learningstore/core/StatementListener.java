package org.learningstore.core;

/**
 * Sees every SQL statement a store sends and every round trip it makes; for logging, metrics,
 * and tests that hold queries to a fixed count. Called on the calling thread.
 *
 * <p>A round trip is one request to the database that the caller waits for: on the JDBC
 * backends (PostgreSQL, the SQLite file) each statement handed to the driver, so there it
 * follows each {@link #onStatement}; on Turso one HTTP request, which carries one or more
 * statements. The commit of a JDBC transaction, a driver call and not a statement, is not counted.
 */
public interface StatementListener {
    StatementListener NONE = sql -> { };

    void onStatement(String sql);

    /** One round trip, reported after the statements it carried. */
    default void onRoundTrip() {
    }
}
