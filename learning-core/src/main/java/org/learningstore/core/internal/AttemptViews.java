package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentView;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptView;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.assessment.ShowAnswers;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.internal.work.UnitsOfWork;

/** What a learner may see of an assessment and of their attempts: keys and grades only as the assessment allows. */
public final class AttemptViews {
    private final UnitsOfWork units;
    private final Attempts attempts;
    private final AssessmentDefinitions definitions;

    public AttemptViews(UnitsOfWork units, Attempts attempts, AssessmentDefinitions definitions) {
        this.units = units;
        this.attempts = attempts;
        this.definitions = definitions;
    }

    AssessmentView viewAssessment(UUID assessmentId, UUID learnerId) {
        Checks.required("learnerId", learnerId);
        Checks.required("assessmentId", assessmentId);
        return units.read(() -> {
            Assessment assessment = definitions.find(assessmentId).orElseThrow(() -> new NotFoundException("assessment", assessmentId));
            List<Attempt> tried = attempts.list(assessmentId, learnerId);
            boolean shown = answersShown(assessment.details().showAnswers(),
                    tried.stream().anyMatch(Grading::isGraded),
                    tried.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())));
            List<QuestionView> views = new ArrayList<>();
            for (Question question : definitions.questions(assessmentId)) {
                views.add(QuestionView.of(question, views.size() + 1, shown));
            }
            return new AssessmentView(assessment, views, shown);
        });
    }

    AttemptView viewAttempt(UUID attemptId) {
        return units.read(() -> {
            Attempts.AttemptContext context = AttemptLifecycle.context(attempts, attemptId);
            Attempt attempt = context.attempt();
            boolean shown = answersShown(context.assessment().details().showAnswers(), Grading.isGraded(attempt),
                    context.learnerHasPassed());
            Map<UUID, Answer> answers = new HashMap<>();
            context.answers().forEach(answer -> answers.put(answer.questionId(), answer));
            Map<UUID, GradedQuestion> gradedAgainst = new HashMap<>();
            context.gradedAgainst().forEach(graded -> gradedAgainst.put(graded.questionId(), graded));
            List<AttemptView.Item> items = new ArrayList<>();
            for (Question question : Grading.inAttemptOrder(context)) {
                GradedQuestion graded = gradedAgainst.get(question.id());
                Question asGraded = graded == null ? question : new Question(question.id(), question.assessmentId(),
                        question.position(), question.details().withAnswerKey(graded.answerKey()).withPoints(graded.points()),
                        question.version(), question.createdAt(), question.updatedAt());
                Answer answer = answers.get(question.id());
                if (answer != null && !shown) {
                    answer = new Answer(answer.attemptId(), answer.questionId(), answer.response(), null, null,
                            answer.answeredAt(), answer.timeSpent(), answer.feedback());
                }
                items.add(new AttemptView.Item(QuestionView.of(asGraded, items.size() + 1, shown), answer));
            }
            return new AttemptView(attempt, items, shown);
        });
    }

    List<Attempt> attempts(UUID assessmentId, UUID learnerId) {
        Checks.required("assessmentId", assessmentId);
        Checks.required("learnerId", learnerId);
        return units.read(() -> attempts.list(assessmentId, learnerId));
    }

    private static boolean answersShown(ShowAnswers rule, boolean graded, boolean passed) {
        return switch (rule) {
            case NEVER -> false;
            case AFTER_SUBMIT -> graded;
            case AFTER_PASS -> passed;
        };
    }
}
