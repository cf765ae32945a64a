package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.Table.Column.editable;
import static org.learningstore.sqlite.internal.Table.Column.editableTexts;
import static org.learningstore.sqlite.internal.Table.Column.fixed;

import java.util.List;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.LessonKind;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.port.JsonCodec;

/** The columns of the catalog tables and the records their rows become ({@link CourseTable} for courses). */
final class CatalogRows {
    static final String COURSE_COLUMNS = CourseTable.COURSES.selectList();
    static final Table<CourseModule> MODULES = new Table<>("modules", "m", null,
            fixed("id", CourseModule::id),
            fixed("course_id", CourseModule::courseId),
            editable("title", module -> module.details().title()),
            editable("description", module -> module.details().description()),
            fixed("position", CourseModule::position),
            editable("published", module -> module.details().published()),
            editable("estimated_minutes", module -> module.details().estimatedMinutes()),
            editable("version", CourseModule::version),
            fixed("created_at", CourseModule::createdAt),
            editable("updated_at", CourseModule::updatedAt));
    static final String MODULE_COLUMNS = MODULES.selectList();
    static final Table<Lesson> LESSONS = new Table<>("lessons", "l", null,
            fixed("id", Lesson::id),
            fixed("module_id", Lesson::moduleId),
            editable("title", lesson -> lesson.details().title()),
            editable("kind", lesson -> lesson.details().kind().code()),
            editable("content", lesson -> lesson.details().content()),
            editable("estimated_minutes", lesson -> lesson.details().estimatedMinutes()),
            fixed("position", Lesson::position),
            editable("published", lesson -> lesson.details().published()),
            editable("free_preview", lesson -> lesson.details().freePreview()),
            editableTexts("learning_objectives", lesson -> lesson.details().learningObjectives()),
            editableTexts("resources", lesson -> lesson.details().resources()),
            editable("description", lesson -> lesson.details().description()),
            editable("metadata", lesson -> lesson.details().metadata()),
            editable("version", Lesson::version),
            fixed("created_at", Lesson::createdAt),
            editable("updated_at", Lesson::updatedAt));
    static final String LESSON_COLUMNS = LESSONS.selectList();
    static final Table<Skill> SKILLS = new Table<>("skills", "s", null,
            fixed("id", Skill::id),
            editable("parent_id", Skill::parentId),
            editable("name", skill -> skill.details().name()),
            editable("description", skill -> skill.details().description()),
            editable("level", skill -> skill.details().level().code()),
            editable("metadata", skill -> skill.details().metadata()),
            editable("version", Skill::version),
            fixed("created_at", Skill::createdAt),
            editable("updated_at", Skill::updatedAt));
    static final String SKILL_COLUMNS = SKILLS.selectList();
    static final String AUDIT_COLUMNS = """
            a.id, a.entity_type, a.entity_id, a.action, a.actor, a.before, a.after, a.at""";

    private final JsonCodec json;

    CatalogRows(JsonCodec json) {
        this.json = json;
    }

    <T> Sql insert(Table<T> table, T record) {
        return table.insert(record, json);
    }

    <T> List<Sql> insertAll(Table<T> table, List<T> records) {
        return table.insertAll(records, json);
    }

    <T> Sql update(Table<T> table, T record, long expectedVersion) {
        return table.update(record, expectedVersion, json);
    }

    Course course(Row row) {
        return CourseTable.course(row, json);
    }

    CourseModule module(Row row) {
        var details = ModuleDetails.builder(row.text("title")).description(row.text("description"))
                .published(row.flag("published")).estimatedMinutes(row.int32("estimated_minutes")).build();
        return new CourseModule(row.uuid("id"), row.uuid("course_id"), row.int32("position"), details,
                row.integer("version"), row.instant("created_at"), row.instant("updated_at"));
    }

    Lesson lesson(Row row) {
        var details = LessonDetails.builder(row.text("title"))
                .kind(LessonKind.fromCode(row.text("kind")))
                .content(row.text("content"))
                .estimatedMinutes(row.int32("estimated_minutes"))
                .published(row.flag("published"))
                .freePreview(row.flag("free_preview"))
                .learningObjectives(row.texts("learning_objectives", json))
                .resources(row.texts("resources", json))
                .description(row.text("description"))
                .metadata(row.text("metadata"))
                .build();
        return new Lesson(row.uuid("id"), row.uuid("module_id"), row.int32("position"), details,
                row.integer("version"), row.instant("created_at"), row.instant("updated_at"));
    }

    Skill skill(Row row) {
        var details = new SkillDetails(row.text("name"), row.text("description"), Level.fromCode(row.text("level")),
                row.text("metadata"));
        return new Skill(row.uuid("id"), row.uuid("parent_id"), details, row.integer("version"),
                row.instant("created_at"), row.instant("updated_at"));
    }

    AuditEntry auditEntry(Row row) {
        return new AuditEntry(row.uuid("id"), row.text("entity_type"), row.uuid("entity_id"),
                AuditAction.fromCode(row.text("action")), row.text("actor"), row.text("before"), row.text("after"),
                row.instant("at"));
    }
}
