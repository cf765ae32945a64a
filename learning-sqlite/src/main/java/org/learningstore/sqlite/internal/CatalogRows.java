package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.LessonKind;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;

/** The select lists of the catalog tables and the records their rows become. */
final class CatalogRows {
    /** A course's columns (alias {@code c}) with its tags as a JSON array of [position, tag] pairs. */
    static final String COURSE_COLUMNS = """
            c.id, c.slug, c.title, c.description, c.discipline, c.difficulty, c.estimated_minutes, c.status, \
            c.featured, c.max_students, c.prerequisites, c.learning_objectives, c.thumbnail_url, c.instructor_ref, \
            c.version, c.created_at, c.updated_at, c.deleted_at, \
            (SELECT json_group_array(json_array(t.position, t.tag)) FROM course_tags t WHERE t.course_id = c.id) AS tags""";
    static final String MODULE_COLUMNS = """
            m.id, m.course_id, m.title, m.description, m.position, m.published, m.estimated_minutes, \
            m.version, m.created_at, m.updated_at""";
    static final String LESSON_COLUMNS = """
            l.id, l.module_id, l.title, l.kind, l.content, l.estimated_minutes, l.position, l.published, \
            l.free_preview, l.learning_objectives, l.resources, l.version, l.created_at, l.updated_at""";
    static final String SKILL_COLUMNS = """
            s.id, s.parent_id, s.name, s.description, s.level, s.version, s.created_at, s.updated_at""";
    static final String AUDIT_COLUMNS = """
            a.id, a.entity_type, a.entity_id, a.action, a.actor, a.before, a.after, a.at""";

    private final JsonCodec json;

    CatalogRows(JsonCodec json) {
        this.json = json;
    }

    Course course(Row row) {
        var details = new CourseDetails(
                row.text("slug"),
                row.text("title"),
                row.text("description"),
                row.text("discipline"),
                Level.fromCode(row.text("difficulty")),
                row.int32("estimated_minutes"),
                row.flag("featured"),
                row.nullableInteger("max_students"),
                tags(row.text("tags")),
                StoredShapes.texts(json.parse(row.text("prerequisites"))),
                StoredShapes.texts(json.parse(row.text("learning_objectives"))),
                row.text("thumbnail_url"),
                row.uuid("instructor_ref"));
        return new Course(row.uuid("id"), details, CourseStatus.fromCode(row.text("status")), row.integer("version"),
                row.instant("created_at"), row.instant("updated_at"), row.instant("deleted_at"));
    }

    CourseModule module(Row row) {
        var details = new ModuleDetails(row.text("title"), row.text("description"), row.flag("published"),
                row.int32("estimated_minutes"));
        return new CourseModule(row.uuid("id"), row.uuid("course_id"), row.int32("position"), details,
                row.integer("version"), row.instant("created_at"), row.instant("updated_at"));
    }

    Lesson lesson(Row row) {
        var details = new LessonDetails(
                row.text("title"),
                LessonKind.fromCode(row.text("kind")),
                row.text("content"),
                row.int32("estimated_minutes"),
                row.flag("published"),
                row.flag("free_preview"),
                StoredShapes.texts(json.parse(row.text("learning_objectives"))),
                StoredShapes.texts(json.parse(row.text("resources"))));
        return new Lesson(row.uuid("id"), row.uuid("module_id"), row.int32("position"), details,
                row.integer("version"), row.instant("created_at"), row.instant("updated_at"));
    }

    Skill skill(Row row) {
        var details = new SkillDetails(row.text("name"), row.text("description"), Level.fromCode(row.text("level")));
        return new Skill(row.uuid("id"), row.uuid("parent_id"), details, row.integer("version"),
                row.instant("created_at"), row.instant("updated_at"));
    }

    AuditEntry auditEntry(Row row) {
        return new AuditEntry(row.uuid("id"), row.text("entity_type"), row.uuid("entity_id"),
                AuditAction.fromCode(row.text("action")), row.text("actor"), row.text("before"), row.text("after"),
                row.instant("at"));
    }

    /** Aggregates do not promise an order, so tags come with their positions and are sorted here. */
    private List<String> tags(String pairs) {
        List<List<?>> sorted = new ArrayList<>();
        for (Object pair : (List<?>) json.parse(pairs)) {
            sorted.add((List<?>) pair);
        }
        sorted.sort(Comparator.comparingLong(pair -> ((Number) pair.get(0)).longValue()));
        return sorted.stream().map(pair -> (String) pair.get(1)).toList();
    }
}
