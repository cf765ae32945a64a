package org.learningstore.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Level;

/** Converts between {@link CourseEntity} and {@link Course}. */
final class CourseMapping {
    private CourseMapping() {
    }

    /** Reads the entity's tag collection; use {@link #toRecord(CourseEntity, List)} when tags were fetched apart. */
    static Course toRecord(CourseEntity entity) {
        return toRecord(entity, entity.tags);
    }

    static Course toRecord(CourseEntity entity, List<String> tags) {
        var details = CourseDetails.builder(entity.slug, entity.title)
                .description(entity.description)
                .discipline(entity.discipline)
                .difficulty(Level.fromCode(entity.difficulty))
                .estimatedMinutes(entity.estimatedMinutes)
                .featured(entity.featured)
                .maxStudents(entity.maxStudents)
                .tags(tags)
                .prerequisites(entity.prerequisites)
                .learningObjectives(entity.learningObjectives)
                .thumbnailUrl(entity.thumbnailUrl)
                .instructorRef(entity.instructorRef)
                .build();
        return new Course(entity.id, details, CourseStatus.fromCode(entity.status), entity.version,
                entity.createdAt, entity.updatedAt, entity.deletedAt);
    }

    static CourseEntity toEntity(Course course) {
        var entity = new CourseEntity();
        entity.id = course.id();
        entity.version = course.version();
        entity.createdAt = course.createdAt();
        write(course, entity);
        return entity;
    }

    /** Copies everything but id, version and creation time. */
    static void write(Course course, CourseEntity entity) {
        CourseDetails details = course.details();
        entity.slug = details.slug();
        entity.title = details.title();
        entity.description = details.description();
        entity.discipline = details.discipline();
        entity.difficulty = details.difficulty().code();
        entity.estimatedMinutes = details.estimatedMinutes();
        entity.featured = details.featured();
        entity.maxStudents = details.maxStudents();
        if (!entity.tags.equals(details.tags())) {
            entity.tags = new ArrayList<>(details.tags());
        }
        entity.prerequisites = new ArrayList<>(details.prerequisites());
        entity.learningObjectives = new ArrayList<>(details.learningObjectives());
        entity.thumbnailUrl = details.thumbnailUrl();
        entity.instructorRef = details.instructorRef();
        entity.status = course.status().code();
        entity.updatedAt = course.updatedAt();
        entity.deletedAt = course.deletedAt();
    }
}
