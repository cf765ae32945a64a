package org.learningstore.core.internal.engagement;

import java.util.UUID;

/**
 * What happened to a learner inside the write that made it happen; {@link Rewards} turns these
 * into XP, achievements and learning events in the same unit of work.
 */
public sealed interface EngagementEvent {
    /** The learner whose metrics the event moves. */
    UUID learnerId();

    record Enrolled(UUID learnerId, UUID courseId) implements EngagementEvent {
    }

    record LessonCompleted(UUID learnerId, UUID lessonId, UUID courseId) implements EngagementEvent {
    }

    record CourseCompleted(UUID learnerId, UUID courseId) implements EngagementEvent {
    }

    /** A graded attempt; {@code firstPass} when it is the learner's first passed attempt at the assessment. */
    record AttemptGraded(UUID learnerId, UUID attemptId, UUID assessmentId, UUID courseId, boolean passed, boolean firstPass,
                         double percent, int answered, int skillsNewlyMastered) implements EngagementEvent {
    }

    record PracticeAnswered(UUID learnerId, UUID questionId, boolean correct, int skillsNewlyMastered) implements EngagementEvent {
    }

    /** A post by {@code learnerId}; {@code question} for a root post asked as a question. */
    record PostWritten(UUID learnerId, UUID postId, UUID courseId, boolean question) implements EngagementEvent {
    }

    /** {@code learnerId} is the author of the reply accepted as the answer. */
    record AnswerAccepted(UUID learnerId, UUID postId, UUID courseId) implements EngagementEvent {
    }

    /**
     * A vote cast, changed or withdrawn on a post by {@code learnerId} (the post's author);
     * {@code upvotesDelta} is the change in up votes the author received (-1, 0 or 1).
     */
    record VoteCast(UUID learnerId, UUID postId, UUID courseId, int upvotesDelta) implements EngagementEvent {
    }

    record ProjectCreated(UUID learnerId, UUID projectId, UUID courseId) implements EngagementEvent {
    }

    /** XP a host paid with its own source key; {@code entry} is the entry to add. */
    record XpAwarded(UUID learnerId, org.learningstore.core.engagement.XpEntry entry) implements EngagementEvent {
    }
}
