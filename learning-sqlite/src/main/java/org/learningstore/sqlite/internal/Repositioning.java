package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.UUID;

/**
 * Gives the children of one parent positions 1..n in a given order without ever breaking
 * UNIQUE (parent, position): first every position is negated (guarded to hit exactly the given
 * children, so a child added or removed concurrently is a conflict), then each child takes its
 * new position.
 */
final class Repositioning {
    static final Repositioning MODULES = new Repositioning("module",
            "UPDATE modules SET position = -position WHERE course_id = ?",
            "UPDATE modules SET position = ? WHERE id = ? AND course_id = ?");
    static final Repositioning LESSONS = new Repositioning("lesson",
            "UPDATE lessons SET position = -position WHERE module_id = ?",
            "UPDATE lessons SET position = ? WHERE id = ? AND module_id = ?");

    private final String entity;
    private final String negateSql;
    private final String placeSql;

    private Repositioning(String entity, String negateSql, String placeSql) {
        this.entity = entity;
        this.negateSql = negateSql;
        this.placeSql = placeSql;
    }

    void apply(SqlExecutor executor, UUID parentId, List<UUID> orderedIds) {
        executor.update(Sql.of(negateSql, parentId), Guard.changes(orderedIds.size(),
                () -> Guard.concurrentChange("the set of " + entity + "s under " + parentId)));
        for (int i = 0; i < orderedIds.size(); i++) {
            executor.update(Sql.of(placeSql, i + 1, orderedIds.get(i), parentId), Guard.oneRow(entity, orderedIds.get(i)));
        }
    }
}
