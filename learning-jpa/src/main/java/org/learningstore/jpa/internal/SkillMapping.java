package org.learningstore.jpa.internal;

import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;

/** Converts between {@link SkillEntity} and {@link Skill}. */
final class SkillMapping {
    private SkillMapping() {
    }

    static Skill toRecord(SkillEntity entity) {
        var details = new SkillDetails(entity.name, entity.description, Level.fromCode(entity.level), entity.metadata);
        return new Skill(entity.id, entity.parentId, details, entity.version, entity.createdAt, entity.updatedAt);
    }

    static SkillEntity toEntity(Skill skill) {
        var entity = new SkillEntity();
        entity.id = skill.id();
        entity.version = skill.version();
        entity.createdAt = skill.createdAt();
        write(skill, entity);
        return entity;
    }

    /** Copies details and parent. */
    static void write(Skill skill, SkillEntity entity) {
        SkillDetails details = skill.details();
        entity.parentId = skill.parentId();
        entity.name = details.name();
        entity.description = details.description();
        entity.level = details.level().code();
        entity.metadata = details.metadata();
        entity.updatedAt = skill.updatedAt();
    }
}
