package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionStats;

/** Assessments, their questions, question statistics and per-learner overrides. */
public interface AssessmentDefinitions {
    Optional<Assessment> find(UUID id);

    /** Ordered by creation time, then id. */
    List<Assessment> listByCourse(UUID courseId);

    void insert(Assessment assessment);

    /** Inserts new assessments (an import's), in a fixed number of statements. */
    void insertAll(List<Assessment> assessments);

    /** Writes the details, guarded on {@code expectedVersion}. */
    void update(Assessment assessment, long expectedVersion);

    Optional<Question> findQuestion(UUID id);

    /** Ordered by position. */
    List<Question> questions(UUID assessmentId);

    /** Inserts the question and its statistics row, all counts zero. */
    void insertQuestion(Question question);

    /** As {@link #insertQuestion} for many new questions (an import's), in a fixed number of statements. */
    void insertQuestions(List<Question> questions);

    /** Writes the details, guarded on {@code expectedVersion}; position is left alone. */
    void updateQuestion(Question question, long expectedVersion);

    /** Deletes the question, its statistics and, by cascade, its answers. */
    void deleteQuestion(UUID id);

    /** As {@link CourseModules#reposition}, for the questions of one assessment. */
    void repositionQuestions(UUID assessmentId, List<UUID> orderedIds);

    Optional<QuestionStats> stats(UUID questionId);

    Optional<AttemptOverride> findOverride(UUID assessmentId, UUID learnerId);

    /** Inserts or replaces the override of that learner on that assessment. */
    void saveOverride(AttemptOverride override);

    /** Every override of the given learners, in one statement. */
    List<AttemptOverride> overridesOf(List<UUID> learnerIds);

    /** Deletes the learner's overrides on those assessments. */
    void deleteOverrides(UUID learnerId, List<UUID> assessmentIds);

    /** Gives {@code fromLearnerId}'s overrides on those assessments to {@code toLearnerId}. */
    void moveOverrides(UUID fromLearnerId, List<UUID> assessmentIds, UUID toLearnerId);
}
