package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.LESSON_COLUMNS;
import static org.learningstore.sqlite.internal.CatalogRows.SKILL_COLUMNS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.Lessons;

final class SqliteLessons implements Lessons {
    private static final String FIND = "SELECT " + LESSON_COLUMNS + " FROM lessons l WHERE l.id = ?";
    private static final String LIST_BY_MODULE =
            "SELECT " + LESSON_COLUMNS + " FROM lessons l WHERE l.module_id = ? ORDER BY l.position";
    /** Position 0 is free in every module (positions start at 1); the reposition that follows places the lesson. */
    private static final String CHANGE_MODULE = "UPDATE lessons SET module_id = ?, position = 0 WHERE id = ?";
    private static final String DELETE = "DELETE FROM lessons WHERE id = ?";
    private static final String LINK_SKILL = "INSERT INTO lesson_skills (lesson_id, skill_id) VALUES (?, ?)";
    private static final String UNLINK_SKILL = "DELETE FROM lesson_skills WHERE lesson_id = ? AND skill_id = ?";
    private static final String SKILLS_OF = "SELECT " + SKILL_COLUMNS
            + " FROM lesson_skills ls JOIN skills s ON s.id = ls.skill_id WHERE ls.lesson_id = ? ORDER BY s.name, s.id";

    private final SqlExecutor executor;
    private final CatalogRows rows;
    private final JsonCodec json;

    SqliteLessons(SqlExecutor executor, CatalogRows rows, JsonCodec json) {
        this.executor = executor;
        this.rows = rows;
        this.json = json;
    }

    @Override
    public Optional<Lesson> find(UUID id) {
        return executor.queryOne(Sql.of(FIND, id), rows::lesson);
    }

    @Override
    public List<Lesson> listByModule(UUID moduleId) {
        return executor.query(Sql.of(LIST_BY_MODULE, moduleId), rows::lesson);
    }

    @Override
    public void insert(Lesson lesson) {
        executor.update(rows.insert(CatalogRows.LESSONS, lesson));
    }

    @Override
    public void insertAll(List<Lesson> lessons) {
        rows.insertAll(CatalogRows.LESSONS, lessons).forEach(executor::update);
    }

    @Override
    public void update(Lesson lesson, long expectedVersion) {
        executor.update(rows.update(CatalogRows.LESSONS, lesson, expectedVersion), Guard.oneRow("lesson", lesson.id()));
    }

    @Override
    public void changeModule(UUID lessonId, UUID moduleId) {
        executor.update(Sql.of(CHANGE_MODULE, moduleId, lessonId), Guard.oneRow("lesson", lessonId));
    }

    @Override
    public void delete(UUID id) {
        executor.update(Sql.of(DELETE, id), Guard.oneRow("lesson", id));
    }

    @Override
    public void reposition(UUID moduleId, List<UUID> orderedIds) {
        Repositioning.LESSONS.apply(executor, json, moduleId, orderedIds);
    }

    @Override
    public void linkSkill(UUID lessonId, UUID skillId) {
        executor.update(Sql.of(LINK_SKILL, lessonId, skillId));
    }

    @Override
    public void unlinkSkill(UUID lessonId, UUID skillId) {
        executor.update(Sql.of(UNLINK_SKILL, lessonId, skillId), Guard.oneRow("skill link", lessonId + "/" + skillId));
    }

    @Override
    public List<Skill> skillsOf(UUID lessonId) {
        return executor.query(Sql.of(SKILLS_OF, lessonId), rows::skill);
    }
}
