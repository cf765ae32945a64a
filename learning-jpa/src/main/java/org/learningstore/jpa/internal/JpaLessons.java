package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.port.Lessons;

public final class JpaLessons implements Lessons {
    private final CurrentEntityManager current;
    private final Positions positions = new Positions(LessonEntity.class, "moduleId", CourseModuleEntity.class);

    public JpaLessons(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public Optional<Lesson> find(UUID id) {
        return Optional.ofNullable(current.get().find(LessonEntity.class, id)).map(LessonMapping::toRecord);
    }

    @Override
    public List<Lesson> listByModule(UUID moduleId) {
        return positions.ordered(current, LessonEntity.class, moduleId).stream()
                .map(LessonMapping::toRecord)
                .toList();
    }

    @Override
    public void insert(Lesson lesson) {
        current.get().persist(LessonMapping.toEntity(lesson));
    }

    /** The lessons in JDBC batches ({@link BatchedInserts#persistAll}). */
    @Override
    public void insertAll(List<Lesson> lessons) {
        BatchedInserts.persistAll(current.get(), lessons.stream().map(LessonMapping::toEntity).toList());
    }

    @Override
    public void update(Lesson lesson, long expectedVersion) {
        EntityManager entityManager = current.get();
        LessonEntity entity = ManagedEntities.require(entityManager, LessonEntity.class, lesson.id(), "lesson");
        Versions.require("lesson", lesson.id(), entity.version, expectedVersion);
        Lesson before = LessonMapping.toRecord(entity);
        LessonMapping.write(lesson, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, LessonMapping.toRecord(entity));
    }

    @Override
    public void changeModule(UUID lessonId, UUID moduleId) {
        int updated = current.get().createQuery("update LessonEntity l set l.moduleId = :module, l.position = 0"
                        + " where l.id = :id")
                .setParameter("module", moduleId)
                .setParameter("id", lessonId)
                .executeUpdate();
        if (updated != 1) {
            throw new ConflictException(null, "lesson " + lessonId + " was removed concurrently", null);
        }
    }

    @Override
    public void delete(UUID id) {
        EntityManager entityManager = current.get();
        entityManager.remove(ManagedEntities.require(entityManager, LessonEntity.class, id, "lesson"));
    }

    @Override
    public void reposition(UUID moduleId, List<UUID> orderedIds) {
        positions.reposition(current.get(), moduleId, orderedIds);
    }

    @Override
    public void linkSkill(UUID lessonId, UUID skillId) {
        current.get().persist(new LessonSkillEntity(lessonId, skillId));
    }

    @Override
    public void unlinkSkill(UUID lessonId, UUID skillId) {
        current.get().createQuery("delete from LessonSkillEntity ls where ls.lessonId = :lesson and ls.skillId = :skill")
                .setParameter("lesson", lessonId)
                .setParameter("skill", skillId)
                .executeUpdate();
    }

    @Override
    public List<Skill> skillsOf(UUID lessonId) {
        return current.get().createQuery("select s from SkillEntity s where s.id in"
                        + " (select ls.skillId from LessonSkillEntity ls where ls.lessonId = :lesson)"
                        + " order by s.name", SkillEntity.class)
                .setParameter("lesson", lessonId)
                .getResultStream()
                .map(SkillMapping::toRecord)
                .toList();
    }
}
