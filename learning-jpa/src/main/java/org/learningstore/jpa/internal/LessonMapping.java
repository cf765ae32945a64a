package org.learningstore.jpa.internal;

import java.util.ArrayList;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.LessonKind;

/** Converts between {@link LessonEntity} and {@link Lesson}. */
final class LessonMapping {
    private LessonMapping() {
    }

    static Lesson toRecord(LessonEntity entity) {
        var details = LessonDetails.builder(entity.title)
                .kind(LessonKind.fromCode(entity.kind))
                .content(entity.content)
                .estimatedMinutes(entity.estimatedMinutes)
                .published(entity.published)
                .freePreview(entity.freePreview)
                .learningObjectives(entity.learningObjectives)
                .resources(entity.resources)
                .description(entity.description)
                .metadata(entity.metadata)
                .build();
        return new Lesson(entity.id, entity.moduleId, entity.position, details, entity.version,
                entity.createdAt, entity.updatedAt);
    }

    static LessonEntity toEntity(Lesson lesson) {
        var entity = new LessonEntity();
        entity.id = lesson.id();
        entity.moduleId = lesson.moduleId();
        entity.position = lesson.position();
        entity.version = lesson.version();
        entity.createdAt = lesson.createdAt();
        write(lesson, entity);
        return entity;
    }

    /** Copies the editable fields; module and position are left alone. */
    static void write(Lesson lesson, LessonEntity entity) {
        LessonDetails details = lesson.details();
        entity.title = details.title();
        entity.kind = details.kind().code();
        entity.content = details.content();
        entity.estimatedMinutes = details.estimatedMinutes();
        entity.published = details.published();
        entity.freePreview = details.freePreview();
        entity.learningObjectives = new ArrayList<>(details.learningObjectives());
        entity.resources = new ArrayList<>(details.resources());
        entity.description = details.description();
        entity.metadata = details.metadata();
        entity.updatedAt = lesson.updatedAt();
    }
}
