package org.learningstore.sqlite.internal;

/** What the database behind a transport can do beyond the SQL shared by every SQLite transport. */
record Capabilities(boolean fts5) {
}
