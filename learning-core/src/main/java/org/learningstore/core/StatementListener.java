package org.learningstore.core;

/**
 * Sees every SQL statement a store sends and every network round trip it makes; for logging,
 * metrics, and tests that hold queries to a fixed count. Called on the calling thread.
 */
public interface StatementListener {
    StatementListener NONE = sql -> { };

    void onStatement(String sql);

    /** One request to a remote server (Turso); embedded and JDBC backends do not call it. */
    default void onRoundTrip() {
    }
}
