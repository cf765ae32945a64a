package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Comparator;
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
 * A course's table of contents in one statement whatever its size: the course's row with its modules
 * and its lessons each packed into one text ({@link PackedFields}). On the file each cell read is a
 * driver call, and a lesson's six cells were most of the work; one statement is also its own
 * snapshot, with no {@code BEGIN}/{@code COMMIT} around it. Aggregates promise no order, so the
 * positions sort the entries here. A lesson names its module by the module's position.
 */
final class CourseTablesOfContents {
    private static final String CONTENTS = """
            SELECT c.id, c.slug, c.title, c.status, \
            (SELECT group_concat(m.position || ':' || m.published || ':' || m.id || ':' || length(m.title) || ':' || m.title, '') \
            FROM modules m WHERE m.course_id = c.id) AS modules, \
            (SELECT group_concat(m.position || ':' || l.position || ':' || l.estimated_minutes || ':' || l.published || ':' \
            || l.kind || ':' || l.id || ':' || length(l.title) || ':' || l.title, '') \
            FROM lessons l JOIN modules m ON m.id = l.module_id WHERE m.course_id = c.id) AS lessons \
            FROM courses c WHERE c.id = ? AND c.deleted_at IS NULL""";

    private record ModuleLesson(long modulePosition, LessonEntry lesson) {
    }

    private final SqlExecutor executor;

    CourseTablesOfContents(SqlExecutor executor) {
        this.executor = executor;
    }

    Optional<CourseContents> contents(UUID courseId) {
        return executor.queryOne(Sql.of(CONTENTS, courseId), CourseTablesOfContents::contents);
    }

    private static CourseContents contents(Row row) {
        Map<Long, List<LessonEntry>> lessons = lessonsByModule(row.text("lessons"));
        List<ModuleEntry> modules = new ArrayList<>();
        PackedFields fields = new PackedFields(row.text("modules"));
        while (fields.hasMore()) {
            long position = fields.number();
            boolean published = fields.flag();
            UUID id = fields.uuid();
            modules.add(new ModuleEntry(id, fields.text(), Math.toIntExact(position), published,
                    lessons.getOrDefault(position, List.of())));
        }
        modules.sort(Comparator.comparingInt(ModuleEntry::position));
        return new CourseContents(row.uuid("id"), row.text("slug"), row.text("title"),
                CourseStatus.fromCode(row.text("status")), modules);
    }

    /** Each module's lessons in order, by the module's position. */
    private static Map<Long, List<LessonEntry>> lessonsByModule(String packed) {
        List<ModuleLesson> lessons = new ArrayList<>();
        PackedFields fields = new PackedFields(packed);
        while (fields.hasMore()) {
            long modulePosition = fields.number();
            int position = Math.toIntExact(fields.number());
            int minutes = Math.toIntExact(fields.number());
            boolean published = fields.flag();
            LessonKind kind = LessonKind.fromCode(fields.word());
            UUID id = fields.uuid();
            lessons.add(new ModuleLesson(modulePosition, new LessonEntry(id, fields.text(), position, kind, minutes, published)));
        }
        lessons.sort(Comparator.comparingLong(ModuleLesson::modulePosition)
                .thenComparingInt(lesson -> lesson.lesson().position()));
        Map<Long, List<LessonEntry>> byModule = new HashMap<>();
        for (ModuleLesson lesson : lessons) {
            byModule.computeIfAbsent(lesson.modulePosition(), position -> new ArrayList<>()).add(lesson.lesson());
        }
        return byModule;
    }
}
