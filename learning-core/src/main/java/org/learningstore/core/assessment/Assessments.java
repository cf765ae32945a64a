package org.learningstore.core.assessment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Assessments, their questions, and learners' attempts. Every call is atomic; changes to
 * assessments and questions are audited. Learner ids are the host app's (opaque UUIDs); the
 * host app checks that an attempt belongs to the learner asking.
 */
public interface Assessments {

    // authoring

    Assessment createCourseAssessment(UUID courseId, AssessmentDetails details);

    Assessment createLessonAssessment(UUID lessonId, AssessmentDetails details);

    Assessment updateAssessment(UUID assessmentId, long expectedVersion, AssessmentDetails details);

    Optional<Assessment> findAssessment(UUID assessmentId);

    /** The course's assessments, course-level and lesson-level, oldest first. */
    List<Assessment> assessmentsOfCourse(UUID courseId);

    /** Appends a question; a skill, if named, must exist. */
    Question addQuestion(UUID assessmentId, QuestionDetails details);

    /** Edits a question; grades of submitted attempts do not change (see {@link #regradeAttempt}). */
    Question updateQuestion(UUID questionId, long expectedVersion, QuestionDetails details);

    /** Removes a question and its answers; later questions close the gap. */
    void removeQuestion(UUID questionId);

    /** The questions with their answer keys, for authors; in position order. */
    List<Question> questions(UUID assessmentId);

    QuestionStats questionStats(UUID questionId);

    /** Sets (replaces) one learner's extra attempts and extra time on an assessment. */
    AttemptOverride grantOverride(UUID assessmentId, UUID learnerId, int extraAttempts, Duration extraTime);

    // taking

    /** The assessment as the learner may see it now. */
    AssessmentView viewAssessment(UUID assessmentId, UUID learnerId);

    /**
     * Starts the learner's next attempt, or returns the one in progress. Refused with a
     * {@link org.learningstore.core.error.RuleViolationException} ({@code attempt.max_attempts})
     * when the learner has used every attempt allowed.
     */
    Attempt startAttempt(UUID assessmentId, UUID learnerId);

    /**
     * As {@link #startAttempt(UUID, UUID)}, giving a new attempt the host's {@code metadata} (the
     * text of a JSON object, stored as written); an attempt already in progress is returned as it is.
     */
    Attempt startAttempt(UUID assessmentId, UUID learnerId, String metadata);

    /** Replaces the attempt's metadata (the text of a JSON object), whatever its status. */
    Attempt updateAttemptMetadata(UUID attemptId, String metadata);

    /**
     * Sets (or, with null, clears) an instructor's or the host's feedback on a graded attempt;
     * audited. Before the attempt is graded (submitted or expired) it is refused with a
     * {@link org.learningstore.core.error.RuleViolationException} ({@code attempt.feedback_before_grading}).
     */
    Attempt giveFeedback(UUID attemptId, String feedback);

    /** As {@link #giveFeedback}, on the attempt's answer to one question; a question left unanswered is not found. */
    Answer giveAnswerFeedback(UUID attemptId, UUID questionId, String feedback);

    /** Saves (or replaces) the answer to one question while the attempt is open and before its deadline. */
    Answer answer(UUID attemptId, UUID questionId, Response response, Duration timeSpent);

    /** Grades and closes the attempt; submitting again returns the first result unchanged. */
    Attempt submitAttempt(UUID attemptId);

    /**
     * Takes the learner's attempt in one call and one transaction: starts it, or resumes the one
     * in progress (as {@link #startAttempt}, with its rules), saves every answer in the order given
     * (as {@link #answer}: a later answer to the same question replaces an earlier one; answers
     * saved before to a resumed attempt stay), and grades it (as {@link #submitAttempt}). The
     * grade, progress, statistics, mastery and rewards equal those of the per-answer calls on the
     * same input. A bad answer is an {@link org.learningstore.core.error.InvalidInputException}
     * naming it ({@code answers[3].response}), and nothing is written. An attempt in progress past
     * its deadline is first closed as expired in a transaction of its own, as
     * {@link #expireOverdueAttempts} would close it.
     */
    Attempt submitWithAnswers(UUID assessmentId, UUID learnerId, List<GivenAnswer> answers);

    Attempt abandonAttempt(UUID attemptId);

    /** Closes up to {@code limit} attempts past their deadline as expired, graded on the answers saved. */
    int expireOverdueAttempts(int limit);

    /** Grades a closed attempt again against the current questions, keeping the score before it. */
    Attempt regradeAttempt(UUID attemptId);

    /** The attempt as its learner may see it now. */
    AttemptView viewAttempt(UUID attemptId);

    /** The learner's attempts at the assessment, by number. */
    List<Attempt> attempts(UUID assessmentId, UUID learnerId);
}
