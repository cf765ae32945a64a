package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.learner.LearnerSession;

/** Sessions, found by the SHA-256 of their token (lower-case hex). */
public interface LearnerSessions {
    void insert(LearnerSession session, String tokenHash);

    Optional<LearnerSession> findByTokenHash(String tokenHash);

    Optional<LearnerSession> find(UUID sessionId);

    /** Newest first. */
    List<LearnerSession> listByLearner(UUID learnerId);

    void touch(UUID sessionId, Instant lastSeenAt);

    /** Sets revoked_at on the given sessions that are not revoked yet. */
    void revoke(List<UUID> sessionIds, Instant at);

    /** Ids of sessions that expired before {@code now}. */
    List<UUID> expired(Instant now, int limit);

    void delete(List<UUID> sessionIds);

    /** Moves every session of one learner to another. */
    void moveAll(UUID fromLearnerId, UUID toLearnerId);
}
