package org.learningstore.jpa.internal;

import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.ModuleDetails;

/** Converts between {@link CourseModuleEntity} and {@link CourseModule}. */
final class CourseModuleMapping {
    private CourseModuleMapping() {
    }

    static CourseModule toRecord(CourseModuleEntity entity) {
        var details = ModuleDetails.builder(entity.title).description(entity.description).published(entity.published)
                .estimatedMinutes(entity.estimatedMinutes).build();
        return new CourseModule(entity.id, entity.courseId, entity.position, details, entity.version,
                entity.createdAt, entity.updatedAt);
    }

    static CourseModuleEntity toEntity(CourseModule module) {
        var entity = new CourseModuleEntity();
        entity.id = module.id();
        entity.courseId = module.courseId();
        entity.position = module.position();
        entity.version = module.version();
        entity.createdAt = module.createdAt();
        write(module, entity);
        return entity;
    }

    /** Copies the editable fields; course and position are left alone. */
    static void write(CourseModule module, CourseModuleEntity entity) {
        ModuleDetails details = module.details();
        entity.title = details.title();
        entity.description = details.description();
        entity.published = details.published();
        entity.estimatedMinutes = details.estimatedMinutes();
        entity.updatedAt = module.updatedAt();
    }
}
