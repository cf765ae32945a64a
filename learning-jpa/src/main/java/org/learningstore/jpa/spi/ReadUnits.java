package org.learningstore.jpa.spi;

/** How the store's own read units run on its connections (a host's transaction is joined either way). */
public enum ReadUnits {
    /** In a transaction rolled back at the end: one snapshot where the connections' isolation gives a transaction one. */
    TRANSACTION,
    /**
     * In auto-commit, without BEGIN or ROLLBACK: only for connections at READ COMMITTED, where each
     * statement sees its own snapshot inside a transaction or not, so every read answers the same.
     */
    AUTO_COMMIT
}
