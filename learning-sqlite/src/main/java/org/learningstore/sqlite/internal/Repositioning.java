package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;

/**
 * Gives the children of one parent positions 1..n in a given order, in two statements whatever
 * their number, without ever breaking UNIQUE (parent, position): every position is negated, then
 * every child takes its place in the given array. Both are guarded to hit exactly the given
 * children, so a child added or removed concurrently is a conflict and nothing moves.
 */
final class Repositioning {
    static final Repositioning MODULES = new Repositioning("modules", "course_id", "module");
    static final Repositioning LESSONS = new Repositioning("lessons", "module_id", "lesson");
    static final Repositioning QUESTIONS = new Repositioning("questions", "assessment_id", "question");

    private final String entity;
    private final String negateSql;
    private final String placeSql;

    private Repositioning(String table, String parentColumn, String entity) {
        this.entity = entity;
        this.negateSql = "UPDATE " + table + " SET position = -position WHERE " + parentColumn + " = ?";
        this.placeSql = "UPDATE " + table + " SET position = g.key + 1 FROM json_each(?) AS g WHERE "
                + table + "." + parentColumn + " = ? AND " + table + ".id = g.value";
    }

    void apply(SqlExecutor executor, JsonCodec json, UUID parentId, List<UUID> orderedIds) {
        if (orderedIds.isEmpty()) {
            return;
        }
        Guard allOfThem = Guard.changes(orderedIds.size(),
                () -> Guard.concurrentChange("the set of " + entity + "s under " + parentId));
        executor.update(Sql.of(negateSql, parentId), allOfThem);
        executor.update(Sql.of(placeSql, json.print(StoredShapes.idsTree(orderedIds)), parentId),
                allOfThem);
    }
}
