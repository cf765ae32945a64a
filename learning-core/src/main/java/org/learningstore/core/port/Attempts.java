package org.learningstore.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.SkillMastery;

/**
 * Attempts and answers. The two context reads gather what a call needs in a fixed number of
 * statements and one round trip on a remote backend.
 */
public interface Attempts {

    /**
     * What starting an attempt reads: the assessment, its question ids by position, the learner's
     * attempts at it so far (not each of them) and the learner's override.
     */
    record StartContext(Optional<Assessment> assessment, List<UUID> questionIds, AttemptsSoFar attempts,
                        Optional<AttemptOverride> override) {
    }

    /**
     * What answering, submitting, viewing or regrading reads: the attempt, its assessment, the
     * assessment's current questions by position, the attempt's answers, and what it was graded
     * against (empty while it is open), plus whether the learner has passed this assessment.
     */
    record AttemptContext(Attempt attempt, Assessment assessment, List<Question> questions, List<Answer> answers,
                          List<GradedQuestion> gradedAgainst, boolean learnerHasPassed) {
    }

    /**
     * What grading an attempt moves besides the attempt, read in the same round trip as its
     * {@link AttemptContext}: whether its learner is a live learner of the store; and for that
     * learner, the progress on the assessment's lesson (if it has one), the enrollment in the
     * assessment's course, the course's published lessons in order and which of them the learner
     * completed (as in {@link LessonProgressRecords.LessonContext}), and the
     * learner's stored mastery of the skills of the assessment's questions.
     */
    record ProgressContext(boolean learnerKnown, Optional<LessonProgress> lessonProgress, Optional<Enrollment> enrollment,
                           List<UUID> publishedLessons, List<UUID> completedLessons, List<SkillMastery> masteries) {
    }

    record GradingContext(AttemptContext attempt, ProgressContext progress) {
    }

    /**
     * What a submit that carries its answers reads, in a fixed number of statements and one round
     * trip: the assessment, its questions by position, the learner's override, the learner's
     * attempts at it so far (not each of them), the answers saved to the attempt in progress
     * (empty when none), and the learner's progress as {@link #gradingContext} gives it for an
     * attempt at this assessment.
     */
    record SubmissionContext(Optional<Assessment> assessment, List<Question> questions, Optional<AttemptOverride> override,
                             AttemptsSoFar attempts, List<Answer> openAnswers, ProgressContext progress) {
    }

    /**
     * A learner's attempts at one assessment as a submit needs them: how many there are, whether
     * one of them passed, and the one in progress (at most one).
     */
    record AttemptsSoFar(int count, boolean passedOnce, Optional<Attempt> open) {
        /** Of the learner's attempts, all of them. */
        public static AttemptsSoFar of(List<Attempt> attempts) {
            return new AttemptsSoFar(attempts.size(), attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())),
                    attempts.stream().filter(a -> !a.closed()).findFirst());
        }
    }

    /** What to add to one question's statistics. */
    record StatsDelta(UUID questionId, long answered, long correct, Duration time) {
    }

    /** An imported attempt as it ends up: graded, what it was graded against, and its answers with their grades. */
    record ImportedAttempt(Attempt attempt, List<GradedQuestion> gradedAgainst, List<Answer> answers) {
    }

    StartContext startContext(UUID assessmentId, UUID learnerId);

    /**
     * Inserts the attempts and their answers as they are, in a fixed number of statements (an
     * import's new rows), and adds their graded answers to their learners' study state (a stored
     * row replaced only by a later answer).
     */
    void insertAll(List<ImportedAttempt> attempts);

    Optional<AttemptContext> context(UUID attemptId);

    /** The attempt context and the progress context together, in a fixed number of statements and one round trip. */
    Optional<GradingContext> gradingContext(UUID attemptId);

    SubmissionContext submissionContext(UUID assessmentId, UUID learnerId);

    /** By number. */
    List<Attempt> list(UUID assessmentId, UUID learnerId);

    /** Ids of in-progress attempts whose deadline is before {@code now}, oldest deadline first. */
    List<UUID> overdue(Instant now, int limit);

    /**
     * A duplicate number, or a second attempt in progress for the same learner and assessment,
     * is a {@link org.learningstore.core.error.ConflictException} with no field (a concurrent start).
     */
    void insert(Attempt attempt);

    /**
     * Inserts an attempt taken and graded in one unit: {@code started} as it began, with its
     * {@code answers}, then graded as {@code graded} was against {@code gradedAgainst} with the
     * answers' {@code results}, as {@link #insert}, {@link #saveAnswers} and {@link #save} would
     * leave it (the learner's study state included). A backend may write the graded rows at once,
     * in fewer statements.
     */
    default void insertGraded(Attempt started, List<Answer> answers, Attempt graded, List<GradedQuestion> gradedAgainst,
                              List<Scorer.QuestionResult> results) {
        insert(started);
        saveAnswers(answers);
        save(graded, started.version(), gradedAgainst, results);
    }

    /** Guards that the attempt is still in progress at {@code expectedVersion}, and moves its version on by one. */
    void touch(UUID attemptId, long expectedVersion);

    /** Writes the attempt's metadata, feedback and version, guarded on {@code expectedVersion}. */
    void saveAnnotations(Attempt attempt, long expectedVersion);

    /** Sets the feedback of that attempt's answer to that question. */
    void saveAnswerFeedback(UUID attemptId, UUID questionId, String feedback);

    /** Inserts or replaces the answer of that attempt to that question. */
    void saveAnswer(Answer answer);

    /** Inserts or replaces each answer (at most one per question of one attempt), in a fixed number of statements. */
    void saveAnswers(List<Answer> answers);

    /**
     * Writes the attempt's status, timestamps, grade fields and version, guarded on
     * {@code expectedVersion}; stores {@code gradedAgainst}; sets each graded answer's
     * correctness and points from {@code results} in a fixed number of statements, and sets the
     * learner's study state of those questions again from the answers.
     */
    void save(Attempt attempt, long expectedVersion, List<GradedQuestion> gradedAgainst, List<Scorer.QuestionResult> results);

    /** Adds each delta (at most one per question) to its question's statistics, in a fixed number of statements. */
    void addToStats(List<StatsDelta> deltas);

    /** Every attempt of the given learners, in one statement. */
    List<Attempt> listByLearners(List<UUID> learnerIds);

    /**
     * Writes each attempt's learner, number, status, submission time and version, guarded on its
     * version being the given one minus one; the attempts' new keys must not meet a stored row's.
     */
    void move(List<Attempt> attempts);
}
