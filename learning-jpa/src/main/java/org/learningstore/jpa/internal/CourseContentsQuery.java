package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * one for a course without modules), read as columns in plain JDBC: no entity is loaded or tracked. The
 * course's and a module's columns repeat on each row, in place of a statement per table: on PostgreSQL
 * each statement is a round trip.
 */
final class CourseContentsQuery {
    private static final String CONTENTS = """
            select c.id, c.slug, c.title, c.status, m.id, m.title, m.position, m.published, \
            l.id, l.title, l.position, l.kind, l.estimated_minutes, l.published \
            from courses c left join modules m on m.course_id = c.id left join lessons l on l.module_id = m.id \
            where c.id = ? and c.deleted_at is null order by m.position, l.position""";

    private CourseContentsQuery() {
    }

    static Optional<CourseContents> load(EntityManager entityManager, UUID courseId) {
        return JdbcReads.query(entityManager, CONTENTS, CourseContentsQuery::contents, courseId);
    }

    private static Optional<CourseContents> contents(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        UUID id = rows.getObject(1, UUID.class);
        String slug = rows.getString(2);
        String title = rows.getString(3);
        CourseStatus status = CourseStatus.fromCode(rows.getString(4));
        List<ModuleEntry> modules = new ArrayList<>();
        ModuleEntry module = null;
        List<LessonEntry> lessons = new ArrayList<>();
        do {
            UUID moduleId = rows.getObject(5, UUID.class);
            if (moduleId == null) {
                continue;
            }
            if (module == null || !module.id().equals(moduleId)) {
                if (module != null) {
                    modules.add(withLessons(module, lessons));
                    lessons = new ArrayList<>();
                }
                module = new ModuleEntry(moduleId, rows.getString(6), rows.getInt(7), rows.getBoolean(8), List.of());
            }
            UUID lessonId = rows.getObject(9, UUID.class);
            if (lessonId != null) {
                lessons.add(new LessonEntry(lessonId, rows.getString(10), rows.getInt(11),
                        LessonKind.fromCode(rows.getString(12)), rows.getInt(13), rows.getBoolean(14)));
            }
        } while (rows.next());
        if (module != null) {
            modules.add(withLessons(module, lessons));
        }
        return Optional.of(new CourseContents(id, slug, title, status, modules));
    }

    private static ModuleEntry withLessons(ModuleEntry module, List<LessonEntry> lessons) {
        return new ModuleEntry(module.id(), module.title(), module.position(), module.published(), lessons);
    }
}
