package org.learningstore.sqlite.internal.turso;

import java.util.Objects;

/** A batch step; a {@code null} condition means the step always runs. */
public record BatchStep(Statement stmt, Condition condition) {

    public BatchStep {
        Objects.requireNonNull(stmt, "stmt");
    }

    public static BatchStep always(Statement stmt) {
        return new BatchStep(stmt, null);
    }

    public static BatchStep when(Condition condition, Statement stmt) {
        return new BatchStep(stmt, condition);
    }
}
