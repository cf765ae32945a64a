package org.learningstore.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentView;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptView;
import org.learningstore.core.assessment.GivenAnswer;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.Response;

/** The {@link Assessments} facade over its parts: authoring, the attempt lifecycle (with grading) and learner views. */
public final class AssessmentService implements Assessments {
    private final AssessmentAuthoring authoring;
    private final AttemptLifecycle lifecycle;
    private final AttemptViews views;
    private final AttemptAnnotations annotations;

    public AssessmentService(AssessmentAuthoring authoring, AttemptLifecycle lifecycle, AttemptViews views,
                             AttemptAnnotations annotations) {
        this.annotations = annotations;
        this.authoring = authoring;
        this.lifecycle = lifecycle;
        this.views = views;
    }

    @Override
    public Assessment createCourseAssessment(UUID courseId, AssessmentDetails details) {
        return authoring.createCourseAssessment(courseId, details);
    }

    @Override
    public Assessment createLessonAssessment(UUID lessonId, AssessmentDetails details) {
        return authoring.createLessonAssessment(lessonId, details);
    }

    @Override
    public Assessment updateAssessment(UUID assessmentId, long expectedVersion, AssessmentDetails details) {
        return authoring.updateAssessment(assessmentId, expectedVersion, details);
    }

    @Override
    public Optional<Assessment> findAssessment(UUID assessmentId) {
        return authoring.findAssessment(assessmentId);
    }

    @Override
    public List<Assessment> assessmentsOfCourse(UUID courseId) {
        return authoring.assessmentsOfCourse(courseId);
    }

    @Override
    public Question addQuestion(UUID assessmentId, QuestionDetails details) {
        return authoring.addQuestion(assessmentId, details);
    }

    @Override
    public Question updateQuestion(UUID questionId, long expectedVersion, QuestionDetails details) {
        return authoring.updateQuestion(questionId, expectedVersion, details);
    }

    @Override
    public void removeQuestion(UUID questionId) {
        authoring.removeQuestion(questionId);
    }

    @Override
    public List<Question> questions(UUID assessmentId) {
        return authoring.questions(assessmentId);
    }

    @Override
    public QuestionStats questionStats(UUID questionId) {
        return authoring.questionStats(questionId);
    }

    @Override
    public AttemptOverride grantOverride(UUID assessmentId, UUID learnerId, int extraAttempts, Duration extraTime) {
        return authoring.grantOverride(assessmentId, learnerId, extraAttempts, extraTime);
    }

    @Override
    public AssessmentView viewAssessment(UUID assessmentId, UUID learnerId) {
        return views.viewAssessment(assessmentId, learnerId);
    }

    @Override
    public Attempt startAttempt(UUID assessmentId, UUID learnerId) {
        return lifecycle.startAttempt(assessmentId, learnerId, null);
    }

    @Override
    public Attempt startAttempt(UUID assessmentId, UUID learnerId, String metadata) {
        return lifecycle.startAttempt(assessmentId, learnerId, metadata);
    }

    @Override
    public Attempt updateAttemptMetadata(UUID attemptId, String metadata) {
        return annotations.updateMetadata(attemptId, metadata);
    }

    @Override
    public Attempt giveFeedback(UUID attemptId, String feedback) {
        return annotations.giveFeedback(attemptId, feedback);
    }

    @Override
    public Answer giveAnswerFeedback(UUID attemptId, UUID questionId, String feedback) {
        return annotations.giveAnswerFeedback(attemptId, questionId, feedback);
    }

    @Override
    public Answer answer(UUID attemptId, UUID questionId, Response response, Duration timeSpent) {
        return lifecycle.answer(attemptId, questionId, response, timeSpent);
    }

    @Override
    public Attempt submitAttempt(UUID attemptId) {
        return lifecycle.submitAttempt(attemptId);
    }

    @Override
    public Attempt submitWithAnswers(UUID assessmentId, UUID learnerId, List<GivenAnswer> answers) {
        return lifecycle.submitWithAnswers(assessmentId, learnerId, answers);
    }

    @Override
    public Attempt abandonAttempt(UUID attemptId) {
        return lifecycle.abandonAttempt(attemptId);
    }

    @Override
    public int expireOverdueAttempts(int limit) {
        return lifecycle.expireOverdueAttempts(limit);
    }

    @Override
    public Attempt regradeAttempt(UUID attemptId) {
        return lifecycle.regradeAttempt(attemptId);
    }

    @Override
    public AttemptView viewAttempt(UUID attemptId) {
        return views.viewAttempt(attemptId);
    }

    @Override
    public List<Attempt> attempts(UUID assessmentId, UUID learnerId) {
        return views.attempts(assessmentId, learnerId);
    }
}
