package org.learningstore.jpa.internal;

import static org.learningstore.jpa.internal.NativeRows.number;
import static org.learningstore.jpa.internal.NativeRows.text;
import static org.learningstore.jpa.internal.NativeRows.uuid;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.CourseContents;
import org.learningstore.core.catalog.CourseContents.LessonEntry;
import org.learningstore.core.catalog.CourseContents.ModuleEntry;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.LessonKind;

/**
 * A course's table of contents in one statement, a row per lesson (or per module without lessons, or
 * one for a course without modules), read as columns: no entity is loaded or tracked. The course's and
 * a module's columns repeat on each row, in place of a statement per table: on PostgreSQL each
 * statement is a round trip.
 */
final class CourseContentsQuery {
    private static final String CONTENTS = """
            select c.id, c.slug, c.title, c.status, m.id, m.title, m.position, m.published, \
            l.id, l.title, l.position, l.kind, l.estimated_minutes, l.published \
            from courses c left join modules m on m.course_id = c.id left join lessons l on l.module_id = m.id \
            where c.id = ?1 and c.deleted_at is null order by m.position, l.position""";

    private CourseContentsQuery() {
    }

    static Optional<CourseContents> load(EntityManager entityManager, UUID courseId) {
        List<Object[]> rows = NativeRows.rows(entityManager, CONTENTS, courseId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ModuleEntry> modules = new ArrayList<>();
        Object[] module = null;
        List<LessonEntry> lessons = new ArrayList<>();
        for (Object[] row : rows) {
            if (module != null && !module[4].equals(row[4])) {
                modules.add(module(module, lessons));
                lessons = new ArrayList<>();
            }
            module = row[4] == null ? null : row;
            if (row[8] != null) {
                lessons.add(new LessonEntry(uuid(row[8]), text(row[9]), (int) number(row[10]),
                        LessonKind.fromCode(text(row[11])), (int) number(row[12]), (Boolean) row[13]));
            }
        }
        if (module != null) {
            modules.add(module(module, lessons));
        }
        Object[] course = rows.get(0);
        return Optional.of(new CourseContents(uuid(course[0]), text(course[1]), text(course[2]),
                CourseStatus.fromCode(text(course[3])), modules));
    }

    private static ModuleEntry module(Object[] row, List<LessonEntry> lessons) {
        return new ModuleEntry(uuid(row[4]), text(row[5]), (int) number(row[6]), (Boolean) row[7], lessons);
    }
}
