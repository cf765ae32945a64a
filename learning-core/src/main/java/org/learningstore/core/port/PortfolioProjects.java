package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.GalleryOrder;
import org.learningstore.core.engagement.Project;

/** Learners' portfolio projects and their likes as stored. */
public interface PortfolioProjects {
    /** Whether the course exists undeleted and whether the learner does. */
    record Target(boolean courseLive, boolean learnerLive) {
    }

    /** A project and whether one learner likes it. */
    record LikeState(Project project, boolean liked) {
    }

    /** A position in a list's order: the last project of the page before. */
    record Key(boolean featured, Instant createdAt, UUID id) {
    }

    /** In one statement. */
    Target target(UUID learnerId, UUID courseId);

    Optional<Project> find(UUID projectId);

    Optional<Project> findByExternalToken(String externalToken);

    /** An external token taken already is a {@link org.learningstore.core.error.ConflictException} on {@code externalToken}. */
    void insert(Project project);

    /**
     * Writes the details, featured mark, version and update time (not the counts), guarded on
     * {@code expectedVersion}: otherwise a concurrent change.
     */
    void update(Project project, long expectedVersion);

    /** Guarded on the project existing: otherwise a concurrent change. */
    void delete(UUID projectId);

    /** Adds one to the view count in one statement; a missing project is a {@link org.learningstore.core.error.NotFoundException}. */
    void addView(UUID projectId);

    /** In one statement. */
    Optional<LikeState> likeState(UUID projectId, UUID learnerId);

    /**
     * Inserts the like and adds one to the like count, in the same unit; a like that exists
     * already (a concurrent like) is a concurrent change, so the unit runs again.
     */
    void addLike(UUID projectId, UUID learnerId, Instant likedAt);

    /** Deletes the like and takes one from the like count; a like that is gone already is a concurrent change. */
    void removeLike(UUID projectId, UUID learnerId);

    /** Up to {@code limit} public projects of undeleted courses after {@code after} (exclusive; from the start when null). */
    List<Project> gallery(GalleryOrder order, Key after, int limit);

    /** Up to {@code limit} of the learner's projects after {@code after}, newest first. */
    List<Project> ofLearner(UUID learnerId, Key after, int limit);
}
