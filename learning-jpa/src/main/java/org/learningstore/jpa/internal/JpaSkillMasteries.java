package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.progress.SkillMastery;

/**
 * Mastery over {@link SkillMasteryEntity}. Two concurrent first answers to a skill collide on
 * {@code skill_mastery_pkey} when the unit of work flushes; two concurrent moves of one stored
 * mastery on its version: both are concurrent changes, and the unit runs again.
 */
public final class JpaSkillMasteries implements SkillMasteries {
    private final CurrentEntityManager current;

    public JpaSkillMasteries(CurrentEntityManager current) {
        this.current = current;
    }

    /** One statement on the primary key. */
    @Override
    public List<SkillMastery> find(UUID learnerId, List<UUID> skillIds) {
        if (skillIds != null && skillIds.isEmpty()) {
            return List.of();
        }
        var query = current.get().createQuery("select m from SkillMasteryEntity m where m.learnerId = :learner"
                        + (skillIds == null ? "" : " and m.skillId in :skills"), SkillMasteryEntity.class)
                .setParameter("learner", learnerId);
        if (skillIds != null) {
            query.setParameter("skills", skillIds);
        }
        return query.getResultStream().map(ProgressMapping::toRecord).toList();
    }

    /**
     * An insert for each mastery at version 1; for the others, one UPDATE each (mastery moves the
     * few skills of one assessment or one practice answer), guarded on the version Hibernate
     * checks, which it steps from {@code version - 1} to {@code version}.
     */
    @Override
    public void save(List<SkillMastery> masteries) {
        EntityManager entityManager = current.get();
        for (SkillMastery mastery : masteries) {
            if (mastery.version() == 1) {
                entityManager.persist(ProgressMapping.toEntity(mastery));
                continue;
            }
            SkillMasteryEntity entity = entityManager.find(SkillMasteryEntity.class,
                    new SkillMasteryEntity.Key(mastery.learnerId(), mastery.skillId()));
            if (entity == null || entity.version != mastery.version() - 1) {
                throw new ConflictException(null, "the mastery of learner " + mastery.learnerId() + " of skill "
                        + mastery.skillId() + " changed concurrently", null);
            }
            SkillMastery before = ProgressMapping.toRecord(entity);
            ProgressMapping.write(mastery, entity);
            Versions.stepIfUnchanged(entityManager, entity, before, ProgressMapping.toRecord(entity));
        }
    }

    @Override
    public void insert(List<SkillMastery> masteries) {
        EntityManager entityManager = current.get();
        masteries.forEach(mastery -> entityManager.persist(ProgressMapping.toEntity(mastery)));
    }

    @Override
    public List<SkillMastery> listByLearners(List<UUID> learnerIds) {
        return current.get().createQuery("select r from SkillMasteryEntity r where r.learnerId in :learners"
                        + " order by r.learnerId, r.skillId", SkillMasteryEntity.class)
                .setParameter("learners", learnerIds)
                .getResultStream()
                .map(ProgressMapping::toRecord)
                .toList();
    }

    @Override
    public void delete(UUID learnerId, List<UUID> skillIds) {
        int deleted = current.get().createQuery("delete from SkillMasteryEntity r where r.learnerId = :learner and r.skillId in :keys")
                .setParameter("learner", learnerId)
                .setParameter("keys", skillIds)
                .executeUpdate();
        BulkChanges.expect(deleted, skillIds.size(), "the mastery of learner " + learnerId);
    }

    @Override
    public void move(UUID fromLearnerId, List<UUID> skillIds, UUID toLearnerId) {
        int moved = current.get().createQuery("update SkillMasteryEntity r set r.learnerId = :to, r.version = r.version + 1"
                        + " where r.learnerId = :from and r.skillId in :keys")
                .setParameter("to", toLearnerId)
                .setParameter("from", fromLearnerId)
                .setParameter("keys", skillIds)
                .executeUpdate();
        BulkChanges.expect(moved, skillIds.size(), "the mastery of learner " + fromLearnerId);
    }
}
