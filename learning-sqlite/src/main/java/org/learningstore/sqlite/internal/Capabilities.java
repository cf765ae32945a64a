package org.learningstore.sqlite.internal;

/**
 * What the database behind a transport can do beyond the SQL shared by every SQLite transport.
 *
 * @param interactiveTransactions whether a unit of work can read after it writes, so that several
 *     calls can share one transaction
 * @param remote whether each request is a network round trip, so that reads worth sending
 *     together are written to go together even where that costs some SQL time
 */
record Capabilities(boolean fts5, boolean interactiveTransactions, boolean remote) {
}
