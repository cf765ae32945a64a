package org.learningstore.core.engagement;

import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;

/**
 * Learners' portfolio projects and the public gallery. Only a project's owner edits or deletes
 * it (rule {@code project.not_owner} otherwise); featuring is the host's decision, so
 * {@link #feature} takes no learner: expose it only to the host's curators.
 */
public interface Projects {
    Project create(UUID learnerId, UUID courseId, ProjectDetails details);

    /** Replaces the project's details; {@code expectedVersion} is the version the owner last read. */
    Project edit(UUID learnerId, UUID projectId, long expectedVersion, ProjectDetails details);

    void delete(UUID learnerId, UUID projectId);

    /** Sets or clears the featured mark; the version moves. */
    Project feature(UUID projectId, boolean featured);

    Optional<Project> find(UUID projectId);

    Optional<Project> findByExternalToken(String externalToken);

    /** Adds one to the view count, in one statement. */
    void recordView(UUID projectId);

    /**
     * The learner likes a public project (rule {@code project.not_public} otherwise); true when
     * the like is new, false when the learner liked it already.
     */
    boolean like(UUID learnerId, UUID projectId);

    /** True when the learner's like was taken back, false when there was none. */
    boolean unlike(UUID learnerId, UUID projectId);

    /** Whether the learner likes the project. */
    boolean likes(UUID learnerId, UUID projectId);

    /** Public projects of courses that are not deleted, in cursor pages. */
    CursoredPage<Project> gallery(GalleryOrder order, CursorRequest page);

    /** The learner's projects, public and private, newest first. */
    CursoredPage<Project> ofLearner(UUID learnerId, CursorRequest page);
}
