package org.learningstore.core;

import java.time.Duration;

/**
 * Sees every SQL statement a store sends and every round trip it makes; for logging, metrics,
 * and tests that hold queries to a fixed count. Called on the calling thread.
 *
 * <p>A round trip is one request to the database that the caller waits for: on the JDBC
 * backends (PostgreSQL, the SQLite file) each statement handed to the driver, so there it
 * follows each {@link #onStatement}; on Turso one HTTP request, which carries one or more
 * statements. The commit of a JDBC transaction, a driver call and not a statement, is not counted.
 *
 * <p>Once the database answered a statement, {@link #onStatementCompleted} tells how long the caller
 * waited and whether it failed: for metrics such as a timer per statement kind and outcome.
 */
public interface StatementListener {
    StatementListener NONE = sql -> { };

    void onStatement(String sql);

    /** One round trip, reported after the statements it carried. */
    default void onRoundTrip() {
    }

    /** How a statement ended. */
    enum Outcome { SUCCEEDED, FAILED }

    /**
     * A statement the database ran, reported after it answered (or failed to): the time the caller
     * waited and the outcome. On the JDBC backends the time of the driver's execution (on the SQLite file
     * with the reading of its rows); on Turso that of the HTTP request that carried it, shared by the
     * statements of one request, and a batch's statements that the server skipped are not reported.
     * A statement that never reached the database (the connection was lost) is reported failed.
     */
    default void onStatementCompleted(String sql, Duration duration, Outcome outcome) {
    }
}
