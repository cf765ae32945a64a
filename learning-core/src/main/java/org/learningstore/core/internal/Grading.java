package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.SkillMastery;

/**
 * Grading an attempt, as a pure function of what was read with it, the mastery rules and the
 * time: the attempt's questions (as they are now, in the attempt's order) against its saved
 * answers. The {@link Outcome} is every row the grading changes, for the caller to write.
 */
final class Grading {
    private Grading() {
    }

    /**
     * What a grading writes: the graded attempt (guarded on the version it was read at), the
     * questions it was graded against, each answer's grade, one statistics delta per answered
     * question, and the learner's lesson and mastery changes.
     */
    record Outcome(Attempt graded, long expectedVersion, List<GradedQuestion> gradedAgainst,
                   List<Scorer.QuestionResult> answerGrades, List<Attempts.StatsDelta> statsDeltas,
                   Optional<LessonChange> lesson, List<SkillMastery> masteries, int skillsNewlyMastered) {
    }

    /**
     * Closes the attempt with {@code status} at {@code closedAt}; the answers count in the
     * question statistics, and for a live learner move the assessment's lesson and the mastery
     * of each answered question's skill.
     */
    static Outcome close(Attempts.GradingContext context, MasteryRules rules, AttemptStatus status, Instant closedAt) {
        Attempts.AttemptContext attempt = context.attempt();
        List<Question> questions = inAttemptOrder(attempt);
        List<GradedQuestion> against = gradedAgainst(questions);
        Scorer.Result result = score(attempt, against);
        Attempt graded = graded(attempt.attempt(), status, closedAt, result, null);
        Attempts.ProgressContext progress = context.progress();
        UUID learnerId = graded.learnerId();
        UUID lessonId = attempt.assessment().lessonId();
        Optional<LessonChange> lesson = !progress.learnerKnown() || lessonId == null ? Optional.empty()
                : Optional.of(LessonCompletion.of(learnerId, lessonId, progress).recordGraded(graded, closedAt));
        List<SkillMastery> masteries = List.of();
        int newlyMastered = 0;
        if (progress.learnerKnown()) {
            Map<UUID, UUID> skillOf = new HashMap<>();
            questions.forEach(question -> skillOf.put(question.id(), question.details().skillId()));
            MasteryUpdate mastery = new MasteryUpdate(rules, learnerId, progress.masteries());
            result.questions().forEach(r -> mastery.record(skillOf.get(r.questionId()), r.correct(), closedAt));
            masteries = mastery.changed();
            newlyMastered = mastery.newlyMastered();
        }
        Map<UUID, Duration> times = new HashMap<>();
        attempt.answers().forEach(answer -> times.put(answer.questionId(), answer.timeSpent()));
        return new Outcome(graded, attempt.attempt().version(), against, result.questions(),
                statsDeltas(result.questions(), times), lesson, masteries, newlyMastered);
    }

    /**
     * Grades a graded attempt again against its questions as they are now, keeping the score it
     * replaces; statistics and progress stay, since they counted these answers once already.
     */
    static Outcome regrade(Attempts.AttemptContext context) {
        Attempt attempt = context.attempt();
        List<GradedQuestion> against = gradedAgainst(inAttemptOrder(context));
        Scorer.Result result = score(context, against);
        return new Outcome(graded(attempt, attempt.status(), attempt.submittedAt(), result, attempt.score()),
                attempt.version(), against, result.questions(), List.of(), Optional.empty(), List.of(), 0);
    }

    /** Each question's results, with the time spent on each, summed into one delta, in the order the questions first appear. */
    static List<Attempts.StatsDelta> statsDeltas(List<Scorer.QuestionResult> results, Map<UUID, Duration> timeOf) {
        Map<UUID, Attempts.StatsDelta> sums = new LinkedHashMap<>();
        for (Scorer.QuestionResult result : results) {
            var one = new Attempts.StatsDelta(result.questionId(), 1, result.correct() ? 1 : 0, timeOf.get(result.questionId()));
            sums.merge(result.questionId(), one, (a, b) -> new Attempts.StatsDelta(a.questionId(), a.answered() + b.answered(),
                    a.correct() + b.correct(), a.time().plus(b.time())));
        }
        return new ArrayList<>(sums.values());
    }

    /** The assessment's current questions that the attempt was given, in the attempt's order. */
    static List<Question> inAttemptOrder(Attempts.AttemptContext context) {
        Map<UUID, Question> byId = new HashMap<>();
        context.questions().forEach(question -> byId.put(question.id(), question));
        List<Question> ordered = new ArrayList<>();
        for (UUID id : context.attempt().questionOrder()) {
            Question question = byId.get(id);
            if (question != null) {
                ordered.add(question);
            }
        }
        return ordered;
    }

    /** Submitted or expired: an attempt with a grade. */
    static boolean isGraded(Attempt attempt) {
        return attempt.status() == AttemptStatus.SUBMITTED || attempt.status() == AttemptStatus.EXPIRED;
    }

    private static Scorer.Result score(Attempts.AttemptContext context, List<GradedQuestion> against) {
        Map<UUID, Response> responses = new HashMap<>();
        for (Answer answer : context.answers()) {
            responses.put(answer.questionId(), answer.response());
        }
        AssessmentDetails rules = context.assessment().details();
        return Scorer.grade(against, responses, rules.partialCredit(), rules.passingScore());
    }

    private static List<GradedQuestion> gradedAgainst(List<Question> questions) {
        return questions.stream().map(GradedQuestion::of).toList();
    }

    private static Attempt graded(Attempt attempt, AttemptStatus status, Instant closedAt, Scorer.Result result,
                                  Double previousScore) {
        return new Attempt(attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(), status,
                attempt.startedAt(), attempt.deadline(), closedAt, result.score(), result.maxScore(), result.percent(),
                result.passed(), previousScore, attempt.questionOrder(), attempt.version() + 1, attempt.metadata(),
                attempt.feedback());
    }
}
