package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.Table.Column.editable;
import static org.learningstore.sqlite.internal.Table.Column.editableTexts;
import static org.learningstore.sqlite.internal.Table.Column.fixed;

import java.util.function.Function;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.port.JsonCodec;

/**
 * Everything the SQLite family knows of {@code courses}: its columns (alias {@code c}), how a row
 * becomes a {@link Course}, and the listing filters. A new course field is added here and in a
 * migration, nowhere else in this module.
 */
final class CourseTable {
    /** The tags come from {@code course_tags} as {@link PositionedTexts}. */
    static final Table<Course> COURSES = new Table<>("courses", "c",
            PositionedTexts.aggregate("course_tags", "tag", "t.course_id = c.id") + " AS tags",
            fixed("id", Course::id),
            editable("slug", course -> course.details().slug()),
            editable("title", course -> course.details().title()),
            editable("description", course -> course.details().description()),
            editable("discipline", course -> course.details().discipline()),
            editable("difficulty", course -> course.details().difficulty().code()),
            editable("estimated_minutes", course -> course.details().estimatedMinutes()),
            editable("status", course -> course.status().code()),
            editable("featured", course -> course.details().featured()),
            editable("max_students", course -> course.details().maxStudents()),
            editableTexts("prerequisites", course -> course.details().prerequisites()),
            editableTexts("learning_objectives", course -> course.details().learningObjectives()),
            editable("thumbnail_url", course -> course.details().thumbnailUrl()),
            editable("instructor_ref", course -> course.details().instructorRef()),
            editable("version", Course::version),
            fixed("created_at", Course::createdAt),
            editable("updated_at", Course::updatedAt),
            editable("deleted_at", Course::deletedAt));

    /**
     * The listing filters: one plain equality per filter that is set, so the planner can use
     * courses_listing_idx and the other partial indexes (an {@code (? IS NULL OR col = ?)}
     * condition would defeat them).
     */
    enum Filter {
        STATUS("c.status = ?", query -> query.status() == null ? null : query.status().code()),
        DIFFICULTY("c.difficulty = ?", query -> query.difficulty() == null ? null : query.difficulty().code()),
        DISCIPLINE("c.discipline = ?", CourseQuery::discipline),
        TAG("EXISTS (SELECT 1 FROM course_tags t WHERE t.course_id = c.id AND t.tag = ?)", CourseQuery::tag),
        FEATURED("c.featured = ?", CourseQuery::featured),
        INSTRUCTOR("c.instructor_ref = ?", CourseQuery::instructorRef);

        final String condition;
        final Function<CourseQuery, Object> value;

        Filter(String condition, Function<CourseQuery, Object> value) {
            this.condition = condition;
            this.value = value;
        }
    }

    private CourseTable() {
    }

    static Course course(Row row, JsonCodec json) {
        var details = CourseDetails.builder(row.text("slug"), row.text("title"))
                .description(row.text("description"))
                .discipline(row.text("discipline"))
                .difficulty(Level.fromCode(row.text("difficulty")))
                .estimatedMinutes(row.int32("estimated_minutes"))
                .featured(row.flag("featured"))
                .maxStudents(row.nullableInteger("max_students"))
                .tags(PositionedTexts.read(row.text("tags")))
                .prerequisites(row.texts("prerequisites", json))
                .learningObjectives(row.texts("learning_objectives", json))
                .thumbnailUrl(row.text("thumbnail_url"))
                .instructorRef(row.uuid("instructor_ref"))
                .build();
        return new Course(row.uuid("id"), details, CourseStatus.fromCode(row.text("status")), row.integer("version"),
                row.instant("created_at"), row.instant("updated_at"), row.instant("deleted_at"));
    }
}
