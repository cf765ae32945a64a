package org.learningstore.core.progress;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/** Enrollments, lesson progress, skill mastery, study sessions, and the learner's dashboard and stats. */
public interface Progress {

    /**
     * Enrolls the learner (or re-enrolls after a drop, keeping progress). Refused when the course
     * is not published ({@code course.not_published}) or full ({@code course.full}); enrolling
     * again while enrolled returns the enrollment.
     */
    Enrollment enroll(UUID learnerId, UUID courseId);

    /** Drops the enrollment, freeing its seat; progress is kept for a later re-enroll. */
    Enrollment drop(UUID learnerId, UUID courseId);

    Optional<Enrollment> enrollment(UUID learnerId, UUID courseId);

    LessonProgress startLesson(UUID learnerId, UUID lessonId);

    /** Adds {@code spent} to the lesson's time. */
    LessonProgress recordTime(UUID learnerId, UUID lessonId, Duration spent);

    /** Where to resume: the text of a JSON object. */
    LessonProgress savePosition(UUID learnerId, UUID lessonId, String positionJson);

    LessonProgress saveBookmarks(UUID learnerId, UUID lessonId, List<String> bookmarks);

    /**
     * Completes the lesson (once), and moves the learner's enrollment in its course: progress
     * percent, current lesson (the next in module and lesson order), and completion after the last.
     */
    LessonProgress completeLesson(UUID learnerId, UUID lessonId);

    Optional<LessonProgress> lessonProgress(UUID learnerId, UUID lessonId);

    /** The learner's mastery of every skill practised, by skill id; stale mastery reads as review needed. */
    List<SkillMastery> mastery(UUID learnerId);

    /** {@code minDifficulty}..{@code maxDifficulty} within 1..5. */
    StudySession startStudySession(UUID learnerId, StudyScope scope, StudyMode mode, int minDifficulty, int maxDifficulty);

    /**
     * Up to {@code count} questions of the session's scope and difficulty: never answered by the
     * learner first, then those last answered wrong, then the rest, least recently answered first.
     * Keys are not shown.
     */
    List<QuestionView> nextQuestions(UUID sessionId, int count);

    PracticeAnswer answerPractice(UUID sessionId, UUID questionId, Response response, Duration timeSpent);

    StudySession endStudySession(UUID sessionId);

    /** The learner's enrollments, newest first. */
    Page<DashboardEntry> dashboard(UUID learnerId, PageRequest page);

    LearnerStats stats(UUID learnerId);
}
