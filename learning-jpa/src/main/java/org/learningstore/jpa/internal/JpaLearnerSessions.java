package org.learningstore.jpa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.learner.LearnerSession;
import org.learningstore.core.port.LearnerSessions;

/**
 * Sessions over {@link LearnerSessionEntity}. Every change after the insert is one bulk
 * statement whatever the number of sessions; bulk statements bypass the persistence context,
 * which is why the service makes them after its reads.
 */
public final class JpaLearnerSessions implements LearnerSessions {
    private final CurrentEntityManager current;

    public JpaLearnerSessions(CurrentEntityManager current) {
        this.current = current;
    }

    /** A token hash taken already fails on {@code learner_sessions_token_hash_key}: a concurrent change, retried. */
    @Override
    public void insert(LearnerSession session, String tokenHash) {
        current.get().persist(LearnerMapping.toEntity(session, tokenHash));
    }

    /** On {@code learner_sessions_token_hash_key}. */
    @Override
    public Optional<LearnerSession> findByTokenHash(String tokenHash) {
        return current.get().createQuery("select s from LearnerSessionEntity s where s.tokenHash = :hash",
                        LearnerSessionEntity.class)
                .setParameter("hash", tokenHash)
                .getResultList()
                .stream()
                .findFirst()
                .map(LearnerMapping::toRecord);
    }

    @Override
    public Optional<LearnerSession> find(UUID sessionId) {
        return Optional.ofNullable(current.get().find(LearnerSessionEntity.class, sessionId)).map(LearnerMapping::toRecord);
    }

    /** On {@code learner_sessions_learner_idx}, newest first; the id breaks ties of one microsecond. */
    @Override
    public List<LearnerSession> listByLearner(UUID learnerId) {
        return current.get().createQuery("select s from LearnerSessionEntity s where s.learnerId = :learner"
                        + " order by s.createdAt desc, s.id desc", LearnerSessionEntity.class)
                .setParameter("learner", learnerId)
                .getResultStream()
                .map(LearnerMapping::toRecord)
                .toList();
    }

    /** Moves last-seen forward only, so a slower concurrent resolve never sets it back. */
    @Override
    public void touch(UUID sessionId, Instant lastSeenAt) {
        current.get().createQuery("update LearnerSessionEntity s set s.lastSeenAt = :at"
                        + " where s.id = :id and s.lastSeenAt < :at")
                .setParameter("at", lastSeenAt)
                .setParameter("id", sessionId)
                .executeUpdate();
    }

    /** A session revoked already keeps the time it was revoked at. */
    @Override
    public void revoke(List<UUID> sessionIds, Instant at) {
        if (sessionIds.isEmpty()) {
            return;
        }
        current.get().createQuery("update LearnerSessionEntity s set s.revokedAt = :at"
                        + " where s.id in :ids and s.revokedAt is null")
                .setParameter("at", at)
                .setParameter("ids", sessionIds)
                .executeUpdate();
    }

    /** On {@code learner_sessions_expires_idx}, oldest expiry first. */
    @Override
    public List<UUID> expired(Instant now, int limit) {
        return current.get().createQuery("select s.id from LearnerSessionEntity s where s.expiresAt < :now"
                        + " order by s.expiresAt", UUID.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void delete(List<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return;
        }
        current.get().createQuery("delete from LearnerSessionEntity s where s.id in :ids")
                .setParameter("ids", sessionIds)
                .executeUpdate();
    }

    @Override
    public void moveAll(UUID fromLearnerId, UUID toLearnerId) {
        current.get().createQuery("update LearnerSessionEntity s set s.learnerId = :to where s.learnerId = :from")
                .setParameter("to", toLearnerId)
                .setParameter("from", fromLearnerId)
                .executeUpdate();
    }
}
