package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.Optional;

/** A SQLite database as the migrator sees it, over either transport. */
interface MigrationTarget {
    /** Runs one statement on its own. */
    void execute(Sql statement);

    List<List<Object>> query(Sql query);

    /** Runs the statements as one transaction; the failure's message when it was not committed. */
    Optional<String> applyAtomically(List<Sql> statements);
}
