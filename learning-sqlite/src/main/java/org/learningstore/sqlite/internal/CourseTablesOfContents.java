package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.CourseContents;
import org.learningstore.core.catalog.CourseContents.LessonEntry;
import org.learningstore.core.catalog.CourseContents.ModuleEntry;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.LessonKind;

/**
 * A course's table of contents in three statements whatever its size, sent together (one round trip
 * on Turso, one snapshot on the file). Only the columns the contents show are read: on the file each
 * cell read costs a driver call, and the lessons' are most of the work. A lesson names its module
 * by the module's position, a number, rather than by its id, a text the driver would copy.
 */
final class CourseTablesOfContents {
    private static final String COURSE =
            "SELECT c.id, c.slug, c.title, c.status FROM courses c WHERE c.id = ? AND c.deleted_at IS NULL";
    private static final String MODULES =
            "SELECT m.id, m.title, m.position, m.published FROM modules m WHERE m.course_id = ? ORDER BY m.position";
    private static final String LESSONS = """
            SELECT m.position AS module_position, l.id, l.title, l.position, l.kind, l.estimated_minutes, l.published \
            FROM lessons l JOIN modules m ON m.id = l.module_id WHERE m.course_id = ? ORDER BY m.position, l.position""";

    private final SqlExecutor executor;

    CourseTablesOfContents(SqlExecutor executor) {
        this.executor = executor;
    }

    Optional<CourseContents> contents(UUID courseId) {
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of(COURSE, courseId), Sql.of(MODULES, courseId), Sql.of(LESSONS, courseId)));
        if (results.get(0).isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<LessonEntry>> lessonsByModule = new HashMap<>();
        for (Row row : results.get(2)) {
            lessonsByModule.computeIfAbsent(row.integer("module_position"), position -> new ArrayList<>())
                    .add(new LessonEntry(row.uuid("id"), row.text("title"), row.int32("position"),
                            LessonKind.fromCode(row.text("kind")), row.int32("estimated_minutes"), row.flag("published")));
        }
        List<ModuleEntry> modules = new ArrayList<>();
        for (Row row : results.get(1)) {
            modules.add(new ModuleEntry(row.uuid("id"), row.text("title"), row.int32("position"), row.flag("published"),
                    lessonsByModule.getOrDefault(row.integer("position"), List.of())));
        }
        Row course = results.get(0).get(0);
        return Optional.of(new CourseContents(course.uuid("id"), course.text("slug"), course.text("title"),
                CourseStatus.fromCode(course.text("status")), modules));
    }
}
