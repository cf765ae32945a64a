package org.learningstore.core.learner;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Learners, anonymous and registered, and their sessions. */
public interface Learners {

    Learner createAnonymous();

    /** A registered learner; a taken external reference, email (ignoring case) or username is a conflict on that field. */
    Learner register(LearnerProfile profile);

    /** Gives an anonymous learner an identity, keeping its id and so all its progress. */
    Learner upgrade(UUID anonymousLearnerId, LearnerProfile profile);

    Learner updateProfile(UUID learnerId, long expectedVersion, LearnerProfile profile);

    /** A learner that is not deleted or merged away. */
    Optional<Learner> find(UUID learnerId);

    Optional<Learner> findByEmail(String email);

    Optional<Learner> findByUsername(String username);

    Optional<Learner> findByExternalRef(String externalRef);

    /**
     * Moves everything of {@code mergedId} to {@code survivorId} and retires {@code mergedId}
     * (see the README for how conflicts are settled); returns the survivor.
     */
    Learner merge(UUID survivorId, UUID mergedId);

    /** Opens a session valid for {@code timeToLive}; the raw token is in the result only. */
    OpenedSession openSession(UUID learnerId, Duration timeToLive, String ip, String userAgent);

    /** The learner of a live session, touching the session's last-seen and the learner's last-active times. */
    Optional<Learner> resolveSession(String token);

    void revokeSession(UUID sessionId);

    /** Revokes every live session of the learner; returns how many. */
    int revokeAllSessions(UUID learnerId);

    /** Deletes sessions that expired before now; returns how many. */
    int purgeExpiredSessions();

    /** The learner's sessions, live or not, newest first. */
    List<LearnerSession> sessions(UUID learnerId);
}
