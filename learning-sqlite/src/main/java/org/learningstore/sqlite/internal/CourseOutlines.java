package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.COURSE_COLUMNS;
import static org.learningstore.sqlite.internal.CatalogRows.LESSON_COLUMNS;
import static org.learningstore.sqlite.internal.CatalogRows.MODULE_COLUMNS;
import static org.learningstore.sqlite.internal.CatalogRows.SKILL_COLUMNS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseOutline;
import org.learningstore.core.catalog.CourseOutline.LessonOutline;
import org.learningstore.core.catalog.CourseOutline.ModuleOutline;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonAssessment;
import org.learningstore.core.catalog.Skill;

/** A course outline in five statements whatever its size, sent together (one round trip on Turso). */
final class CourseOutlines {
    private static final String COURSE = "SELECT " + COURSE_COLUMNS + " FROM courses c WHERE c.id = ?";
    private static final String MODULES =
            "SELECT " + MODULE_COLUMNS + " FROM modules m WHERE m.course_id = ? ORDER BY m.position";
    private static final String LESSONS = "SELECT " + LESSON_COLUMNS
            + " FROM lessons l JOIN modules m ON m.id = l.module_id WHERE m.course_id = ? ORDER BY m.position, l.position";
    private static final String LESSON_SKILLS = """
            SELECT ls.lesson_id AS lesson_id, %s FROM lesson_skills ls JOIN skills s ON s.id = ls.skill_id \
            JOIN lessons l ON l.id = ls.lesson_id JOIN modules m ON m.id = l.module_id \
            WHERE m.course_id = ? ORDER BY s.name, s.id""".formatted(SKILL_COLUMNS);
    private static final String LESSON_ASSESSMENTS = """
            SELECT a.lesson_id AS lesson_id, a.id AS id, a.title AS title, a.kind AS kind, \
            (SELECT count(*) FROM questions q WHERE q.assessment_id = a.id) AS question_count \
            FROM assessments a WHERE a.course_id = ? AND a.lesson_id IS NOT NULL ORDER BY a.created_at, a.id""";

    private final SqlExecutor executor;
    private final CatalogRows rows;

    CourseOutlines(SqlExecutor executor, CatalogRows rows) {
        this.executor = executor;
        this.rows = rows;
    }

    Optional<CourseOutline> outline(UUID courseId) {
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of(COURSE, courseId), Sql.of(MODULES, courseId), Sql.of(LESSONS, courseId), Sql.of(LESSON_SKILLS, courseId),
                Sql.of(LESSON_ASSESSMENTS, courseId)));
        if (results.get(0).isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<Skill>> skillsByLesson = new HashMap<>();
        for (Row row : results.get(3)) {
            skillsByLesson.computeIfAbsent(row.uuid("lesson_id"), id -> new ArrayList<>()).add(rows.skill(row));
        }
        Map<UUID, List<LessonAssessment>> assessmentsByLesson = new HashMap<>();
        for (Row row : results.get(4)) {
            assessmentsByLesson.computeIfAbsent(row.uuid("lesson_id"), id -> new ArrayList<>()).add(new LessonAssessment(
                    row.uuid("id"), row.text("title"), row.text("kind"), row.int32("question_count")));
        }
        Map<UUID, List<LessonOutline>> lessonsByModule = new LinkedHashMap<>();
        for (Row row : results.get(2)) {
            Lesson lesson = rows.lesson(row);
            lessonsByModule.computeIfAbsent(lesson.moduleId(), id -> new ArrayList<>())
                    .add(new LessonOutline(lesson, skillsByLesson.getOrDefault(lesson.id(), List.of()),
                            assessmentsByLesson.getOrDefault(lesson.id(), List.of())));
        }
        List<ModuleOutline> modules = new ArrayList<>();
        for (Row row : results.get(1)) {
            CourseModule module = rows.module(row);
            modules.add(new ModuleOutline(module, lessonsByModule.getOrDefault(module.id(), List.of())));
        }
        return Optional.of(new CourseOutline(rows.course(results.get(0).get(0)), modules));
    }
}
