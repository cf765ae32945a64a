package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.port.Skills;

public final class JpaSkills implements Skills {
    private final CurrentEntityManager current;

    public JpaSkills(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public Optional<Skill> find(UUID id) {
        return Optional.ofNullable(current.get().find(SkillEntity.class, id)).map(SkillMapping::toRecord);
    }

    @Override
    public List<Skill> children(UUID parentId) {
        EntityManager entityManager = current.get();
        var query = parentId == null
                ? entityManager.createQuery("select s from SkillEntity s where s.parentId is null order by s.name",
                        SkillEntity.class)
                : entityManager.createQuery("select s from SkillEntity s where s.parentId = :parent order by s.name",
                        SkillEntity.class).setParameter("parent", parentId);
        return query.getResultStream().map(SkillMapping::toRecord).toList();
    }

    @Override
    public void insert(Skill skill) {
        current.get().persist(SkillMapping.toEntity(skill));
    }

    @Override
    public void update(Skill skill, long expectedVersion) {
        EntityManager entityManager = current.get();
        SkillEntity entity = ManagedEntities.require(entityManager, SkillEntity.class, skill.id(), "skill");
        Versions.require("skill", skill.id(), entity.version, expectedVersion);
        Skill before = SkillMapping.toRecord(entity);
        SkillMapping.write(skill, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, SkillMapping.toRecord(entity));
    }
}
