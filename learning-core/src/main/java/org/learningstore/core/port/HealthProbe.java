package org.learningstore.core.port;

import java.util.List;

/** Asks the database whether it answers, and what the schema history holds. */
public interface HealthProbe {
    /** {@code postgresql}, {@code sqlite} or {@code turso}. */
    String backend();

    /** The schema versions applied successfully, in any order, read from the database in one statement. */
    List<String> appliedVersions();
}
