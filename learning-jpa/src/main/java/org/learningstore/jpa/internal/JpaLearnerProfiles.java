package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.port.LearnerProfiles;

/**
 * Learners over {@link LearnerEntity}. A taken external reference, email or username fails on
 * its unique key when the unit of work flushes, and {@link PersistenceErrors} names the field.
 */
public final class JpaLearnerProfiles implements LearnerProfiles {
    private final CurrentEntityManager current;

    public JpaLearnerProfiles(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public Optional<Learner> find(UUID id) {
        return Optional.ofNullable(current.get().find(LearnerEntity.class, id)).map(LearnerMapping::toRecord);
    }

    /** On {@code learners_email_normalized_key}. */
    @Override
    public Optional<Learner> findByEmail(String normalizedEmail) {
        return liveBy("emailNormalized", normalizedEmail);
    }

    /** On {@code learners_username_key}. */
    @Override
    public Optional<Learner> findByUsername(String username) {
        return liveBy("username", username);
    }

    /** On {@code learners_external_ref_key}. */
    @Override
    public Optional<Learner> findByExternalRef(String externalRef) {
        return liveBy("externalRef", externalRef);
    }

    @Override
    public void insert(Learner learner) {
        current.get().persist(LearnerMapping.toEntity(learner));
    }

    @Override
    public void insertAll(List<Learner> learners) {
        BatchedInserts.persistAll(current.get(), learners.stream().map(LearnerMapping::toEntity).toList());
    }

    /**
     * Guarded on the version Hibernate checks in the UPDATE, which steps it by one: the stored
     * version goes from {@code expectedVersion} to {@code expectedVersion + 1}, also when nothing
     * else changed.
     */
    @Override
    public void update(Learner learner, long expectedVersion) {
        EntityManager entityManager = current.get();
        LearnerEntity entity = ManagedEntities.require(entityManager, LearnerEntity.class, learner.id(), "learner");
        Versions.require("learner", learner.id(), entity.version, expectedVersion);
        Learner before = LearnerMapping.toRecord(entity);
        LearnerMapping.write(learner, entity);
        Versions.stepIfUnchanged(entityManager, entity, before, LearnerMapping.toRecord(entity));
    }

    /**
     * One bulk statement that neither reads nor versions the row: a sign-in is no edit of the
     * profile, and must not make a concurrent profile edit fail on its version. It bypasses the
     * persistence context, so a learner loaded before it in the same unit keeps its old time.
     */
    @Override
    public void touch(UUID learnerId, Instant at) {
        current.get().createQuery("update LearnerEntity l set l.lastActiveAt = :at"
                        + " where l.id = :id and l.lastActiveAt < :at")
                .setParameter("at", at)
                .setParameter("id", learnerId)
                .executeUpdate();
    }

    private Optional<Learner> liveBy(String attribute, String value) {
        return current.get().createQuery("select l from LearnerEntity l where l." + attribute + " = :value"
                        + " and l.deletedAt is null", LearnerEntity.class)
                .setParameter("value", value)
                .getResultList()
                .stream()
                .findFirst()
                .map(LearnerMapping::toRecord);
    }
}
