package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.port.CourseModules;

public final class JpaCourseModules implements CourseModules {
    private final CurrentEntityManager current;
    private final Positions positions = new Positions(CourseModuleEntity.class, "courseId", CourseEntity.class);

    public JpaCourseModules(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public Optional<CourseModule> find(UUID id) {
        return Optional.ofNullable(current.get().find(CourseModuleEntity.class, id)).map(CourseModuleMapping::toRecord);
    }

    @Override
    public List<CourseModule> listByCourse(UUID courseId) {
        return positions.ordered(current, CourseModuleEntity.class, courseId).stream()
                .map(CourseModuleMapping::toRecord)
                .toList();
    }

    @Override
    public void insert(CourseModule module) {
        current.get().persist(CourseModuleMapping.toEntity(module));
    }

    /** The modules in JDBC batches ({@link BatchedInserts#persistAll}). */
    @Override
    public void insertAll(List<CourseModule> modules) {
        BatchedInserts.persistAll(current.get(), modules.stream().map(CourseModuleMapping::toEntity).toList());
    }

    @Override
    public void update(CourseModule module, long expectedVersion) {
        EntityManager entityManager = current.get();
        CourseModuleEntity entity = ManagedEntities.require(entityManager, CourseModuleEntity.class, module.id(), "module");
        Versions.require("module", module.id(), entity.version, expectedVersion);
        CourseModule before = CourseModuleMapping.toRecord(entity);
        CourseModuleMapping.write(module, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, CourseModuleMapping.toRecord(entity));
    }

    @Override
    public void delete(UUID id) {
        EntityManager entityManager = current.get();
        entityManager.remove(ManagedEntities.require(entityManager, CourseModuleEntity.class, id, "module"));
    }

    @Override
    public void reposition(UUID courseId, List<UUID> orderedIds) {
        positions.reposition(current.get(), courseId, orderedIds);
    }
}
