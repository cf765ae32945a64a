package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything stored about one learner, read by kind in keyset pages, and the statements that erase
 * it. Each method is one statement whatever the learner's history.
 */
public interface LearnerRecords {
    /**
     * Up to {@code limit} of the learner's rows of one kind, in key order, after the row whose key
     * values are {@code after} (empty for the first page). Each row is its fields' values in
     * {@link LearnerRecord#fields()} order, typed as {@link LearnerRecord.Kind} says.
     */
    List<List<Object>> page(LearnerRecord kind, UUID learnerId, List<Object> after, int limit);

    /** Takes the learner's votes out of the vote counts of the posts they voted on. */
    void releaseVotes(UUID learnerId);

    /** Takes the learner's likes out of the like counts of the projects they liked. */
    void releaseLikes(UUID learnerId);

    /** Gives back the seat each of the learner's active or completed enrollments holds. */
    void releaseSeats(UUID learnerId);

    /** The learner's posts keep their place in their threads, with no author and {@code erased} for any title and body. */
    void anonymisePosts(UUID learnerId, String erased, Instant at);

    /** The learner's events stay, without the learner or their session. */
    void unlinkEvents(UUID learnerId);

    /** Deletes the learner's attempts (their answers with them) and the learner's study state (derived from the answers). */
    void deleteAttempts(UUID learnerId);

    void deleteOverrides(UUID learnerId);

    /** Deletes the audit entries about the learner (they hold the profile: email, names). */
    void deleteAuditEntries(UUID learnerId);

    /** In every other audit entry, {@code erased} stands for the learner's id, as actor or in the before and after JSON. */
    void maskInAudit(UUID learnerId, String erased);

    /** Deletes the learner; every row that belongs to them goes with it (the schema's cascades). */
    void deleteLearner(UUID learnerId);
}
