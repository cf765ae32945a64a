package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.progress.SkillMastery;

/**
 * Mastery in {@code skill_mastery}, read by projections and written by explicit statements, so a
 * unit of work manages no entity for it. Two concurrent first answers to a skill collide on
 * {@code skill_mastery_pkey}; two concurrent moves of one stored mastery on its version: both are
 * concurrent changes, and the unit runs again.
 */
public final class JpaSkillMasteries implements SkillMasteries {
    private final CurrentEntityManager current;

    public JpaSkillMasteries(CurrentEntityManager current) {
        this.current = current;
    }

    /** One statement on the primary key; a projection, so the unit of work manages no entity for the rows. */
    @Override
    public List<SkillMastery> find(UUID learnerId, List<UUID> skillIds) {
        if (skillIds != null && skillIds.isEmpty()) {
            return List.of();
        }
        var query = current.get().createQuery("select " + ProgressMapping.SKILL_MASTERY_COLUMNS
                        + " from SkillMasteryEntity m where m.learnerId = :learner"
                        + (skillIds == null ? "" : " and m.skillId in :skills"), Object[].class)
                .setParameter("learner", learnerId);
        if (skillIds != null) {
            query.setParameter("skills", skillIds);
        }
        return query.getResultStream().map(ProgressMapping::skillMastery).toList();
    }

    /**
     * Past the persistence context, one statement per mastery (mastery moves the few skills of one
     * assessment or one practice answer): an INSERT for each at version 1, which a concurrent first
     * answer makes fail on {@code skill_mastery_pkey}; an UPDATE for the others, guarded on
     * {@code version - 1}.
     */
    @Override
    public void save(List<SkillMastery> masteries) {
        for (SkillMastery mastery : masteries) {
            if (mastery.version() == 1) {
                written(mastery, "insert into SkillMasteryEntity (learnerId, skillId, status, score, answers, correct,"
                        + " lastPracticedAt, version) values (:learner, :skill, :status, :score, :answers, :correct,"
                        + " :lastPracticedAt, :version)").executeUpdate();
                continue;
            }
            int updated = written(mastery, "update SkillMasteryEntity m set m.status = :status, m.score = :score,"
                    + " m.answers = :answers, m.correct = :correct, m.lastPracticedAt = :lastPracticedAt, m.version = :version"
                    + " where m.learnerId = :learner and m.skillId = :skill and m.version = :version - 1").executeUpdate();
            BulkChanges.expect(updated, 1, "the mastery of learner " + mastery.learnerId() + " of skill " + mastery.skillId());
        }
    }

    private Query written(SkillMastery mastery, String statement) {
        return current.get().createQuery(statement)
                .setParameter("learner", mastery.learnerId())
                .setParameter("skill", mastery.skillId())
                .setParameter("status", mastery.status().code())
                .setParameter("score", mastery.score())
                .setParameter("answers", mastery.answers())
                .setParameter("correct", mastery.correct())
                .setParameter("lastPracticedAt", mastery.lastPracticedAt())
                .setParameter("version", mastery.version());
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
