package org.learningstore.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;

/**
 * Properties of grading as a pure function, over generated attempts and learner progress, with no
 * database. Each repetition uses its own fixed seed (in every message), so a failing case replays
 * exactly. (Plain JUnit, as {@code ScorerPropertiesTest}.)
 */
class GradingPropertiesTest {
    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00Z");
    private static final MasteryRules RULES = MasteryRules.DEFAULT;

    /** One generated case: what grading reads, and the time it closes the attempt. */
    private record Case(Attempts.GradingContext context, Instant closedAt, String seed) {
        Attempts.AttemptContext attempt() {
            return context.attempt();
        }

        Attempts.ProgressContext progress() {
            return context.progress();
        }
    }

    @RepeatedTest(300)
    void statisticsDeltasCountEachGradedAnswerOnce(RepetitionInfo repetition) {
        Case c = generate(repetition.getCurrentRepetition());

        Grading.Outcome outcome = Grading.close(c.context(), RULES, AttemptStatus.SUBMITTED, c.closedAt());

        List<Scorer.QuestionResult> grades = outcome.answerGrades();
        assertEquals(grades.size(), outcome.statsDeltas().stream().mapToLong(Attempts.StatsDelta::answered).sum(), c.seed());
        assertEquals(grades.stream().filter(Scorer.QuestionResult::correct).count(),
                outcome.statsDeltas().stream().mapToLong(Attempts.StatsDelta::correct).sum(), c.seed());
        assertEquals(outcome.statsDeltas().size(), outcome.statsDeltas().stream().map(Attempts.StatsDelta::questionId).distinct().count(),
                "at most one delta per question, " + c.seed());
        Map<UUID, Duration> timeOf = new HashMap<>();
        c.attempt().answers().forEach(answer -> timeOf.put(answer.questionId(), answer.timeSpent()));
        Duration graded = grades.stream().map(g -> timeOf.get(g.questionId())).reduce(Duration.ZERO, Duration::plus);
        assertEquals(graded, outcome.statsDeltas().stream().map(Attempts.StatsDelta::time).reduce(Duration.ZERO, Duration::plus), c.seed());
    }

    @RepeatedTest(300)
    void theGradedAttemptIsClosedWithAPercentBetweenZeroAndAHundred(RepetitionInfo repetition) {
        Case c = generate(repetition.getCurrentRepetition());
        AttemptStatus status = repetition.getCurrentRepetition() % 2 == 0 ? AttemptStatus.SUBMITTED : AttemptStatus.EXPIRED;

        Grading.Outcome outcome = Grading.close(c.context(), RULES, status, c.closedAt());

        Attempt attempt = c.attempt().attempt();
        Attempt graded = outcome.graded();
        assertTrue(graded.percent() >= 0 && graded.percent() <= 100, c.seed());
        assertTrue(graded.score() >= 0 && graded.score() <= graded.maxScore() + 1e-9, c.seed());
        assertEquals(status, graded.status(), c.seed());
        assertEquals(c.closedAt(), graded.submittedAt(), c.seed());
        assertEquals(null, graded.previousScore(), c.seed());
        assertEquals(attempt.version(), outcome.expectedVersion(), c.seed());
        assertEquals(attempt.version() + 1, graded.version(), c.seed());
        assertEquals(Grading.inAttemptOrder(c.attempt()).stream().map(Question::id).toList(),
                outcome.gradedAgainst().stream().map(g -> g.questionId()).toList(), c.seed());
    }

    @RepeatedTest(300)
    void theLessonCompletesIfAndOnlyIfTheAttemptPassed(RepetitionInfo repetition) {
        Case c = generate(repetition.getCurrentRepetition());

        Grading.Outcome outcome = Grading.close(c.context(), RULES, AttemptStatus.SUBMITTED, c.closedAt());

        boolean moves = c.progress().learnerKnown() && c.attempt().assessment().lessonId() != null;
        assertEquals(moves, outcome.lesson().isPresent(), c.seed());
        if (!moves) {
            return;
        }
        LessonChange lesson = outcome.lesson().get();
        Optional<LessonProgress> before = c.progress().lessonProgress();
        boolean completedBefore = before.isPresent() && before.get().status() == LessonStatus.COMPLETED;
        assertEquals(outcome.graded().passed() || completedBefore, lesson.progress().status() == LessonStatus.COMPLETED, c.seed());
        assertEquals(before.map(LessonProgress::attempts).orElse(0) + 1, lesson.progress().attempts(), c.seed());
        assertEquals(before.map(LessonProgress::version).orElse(0L) + 1, lesson.progress().version(), c.seed());
        assertEquals(before.isPresent() ? LessonChange.Write.UPDATE : LessonChange.Write.INSERT, lesson.write(), c.seed());
        Optional<Enrollment> enrollment = c.progress().enrollment().filter(e -> e.status() != EnrollmentStatus.DROPPED);
        assertEquals(enrollment.isPresent(), lesson.enrollment().isPresent(), c.seed());
        lesson.enrollment().ifPresent(moved -> {
            assertTrue(moved.progressPercent() >= 0 && moved.progressPercent() <= 100, c.seed());
            assertEquals(enrollment.get().version() + 1, moved.version(), c.seed());
            assertEquals(c.closedAt(), moved.lastAccessedAt(), c.seed());
        });
    }

    @RepeatedTest(300)
    void masteryMovesOnceForEachGradedAnswerToAQuestionWithASkill(RepetitionInfo repetition) {
        Case c = generate(repetition.getCurrentRepetition());

        Grading.Outcome outcome = Grading.close(c.context(), RULES, AttemptStatus.SUBMITTED, c.closedAt());

        Map<UUID, UUID> skillOf = new HashMap<>();
        c.attempt().questions().forEach(q -> skillOf.put(q.id(), q.details().skillId()));
        long withSkill = outcome.answerGrades().stream().filter(g -> skillOf.get(g.questionId()) != null).count();
        Map<UUID, SkillMastery> stored = new HashMap<>();
        c.progress().masteries().forEach(m -> stored.put(m.skillId(), m));
        long moves = outcome.masteries().stream()
                .mapToLong(m -> m.answers() - (stored.containsKey(m.skillId()) ? stored.get(m.skillId()).answers() : 0))
                .sum();
        assertEquals(c.progress().learnerKnown() ? withSkill : 0, moves, c.seed());
        assertEquals(outcome.masteries().size(), outcome.masteries().stream().map(SkillMastery::skillId).distinct().count(), c.seed());
        outcome.masteries().forEach(m -> assertEquals(
                (stored.containsKey(m.skillId()) ? stored.get(m.skillId()).version() : 0) + 1, m.version(), c.seed()));
    }

    @RepeatedTest(100)
    void gradingIsDeterministic(RepetitionInfo repetition) {
        Case c = generate(repetition.getCurrentRepetition());

        assertEquals(Grading.close(c.context(), RULES, AttemptStatus.SUBMITTED, c.closedAt()),
                Grading.close(generate(repetition.getCurrentRepetition()).context(), RULES, AttemptStatus.SUBMITTED, c.closedAt()),
                c.seed());
        assertEquals(Grading.regrade(c.attempt()), Grading.regrade(c.attempt()), c.seed());
    }

    @RepeatedTest(100)
    void aRegradeKeepsTheScoreItReplacesAndMovesNothingElse(RepetitionInfo repetition) {
        Case c = generate(repetition.getCurrentRepetition());
        Attempt first = Grading.close(c.context(), RULES, AttemptStatus.SUBMITTED, c.closedAt()).graded();
        var graded = new Attempts.AttemptContext(first, c.attempt().assessment(), c.attempt().questions(), c.attempt().answers(),
                List.of(), first.passed());

        Grading.Outcome regrade = Grading.regrade(graded);

        assertEquals(first.score(), regrade.graded().previousScore(), c.seed());
        assertEquals(first.score(), regrade.graded().score(), c.seed());
        assertEquals(first.submittedAt(), regrade.graded().submittedAt(), c.seed());
        assertEquals(List.of(), regrade.statsDeltas(), c.seed());
        assertEquals(Optional.empty(), regrade.lesson(), c.seed());
        assertEquals(List.of(), regrade.masteries(), c.seed());
    }

    @Test
    void deltasOfOneQuestionAreSummed() {
        UUID question = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<Scorer.QuestionResult> results = List.of(new Scorer.QuestionResult(question, false, 0),
                new Scorer.QuestionResult(other, true, 1), new Scorer.QuestionResult(question, true, 1));

        assertEquals(List.of(new Attempts.StatsDelta(question, 2, 1, Duration.ofSeconds(6)),
                        new Attempts.StatsDelta(other, 1, 1, Duration.ofSeconds(2))),
                Grading.statsDeltas(results, Map.of(question, Duration.ofSeconds(3), other, Duration.ofSeconds(2))));
    }

    // generation

    private static Case generate(long seed) {
        Random random = new Random(seed);
        UUID learnerId = id(random);
        UUID courseId = id(random);
        List<UUID> published = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            published.add(id(random));
        }
        UUID lessonId = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> published.isEmpty() ? id(random) : published.get(random.nextInt(published.size()));
            default -> id(random);
        };
        var assessment = new Assessment(id(random), courseId, lessonId, AssessmentDetails.builder(AssessmentKind.QUIZ, "Q")
                .passingScore(random.nextInt(101)).build(), 1, T0, T0);
        List<UUID> skills = List.of(id(random), id(random), id(random));
        List<Question> questions = new ArrayList<>();
        for (int i = random.nextInt(9); i >= 0; i--) {
            QuestionDetails details = random.nextBoolean() ? QuestionDetails.trueFalse("T", random.nextBoolean())
                    : QuestionDetails.numeric("N", random.nextInt(10), 0);
            UUID skill = random.nextInt(3) == 0 ? null : skills.get(random.nextInt(skills.size()));
            questions.add(new Question(id(random), assessment.id(), questions.size() + 1,
                    details.withPoints(random.nextInt(6)).withSkill(skill), 1, T0, T0));
        }
        List<UUID> order = new ArrayList<>(questions.stream().map(Question::id).toList());
        if (random.nextBoolean()) {
            order.add(id(random));
        }
        Collections.shuffle(order, random);
        Attempt attempt = new Attempt(id(random), assessment.id(), learnerId, 1, AttemptStatus.IN_PROGRESS, T0, null, null,
                null, null, null, null, null, order, 1 + random.nextInt(5), null, null);
        List<Answer> answers = new ArrayList<>();
        for (Question question : questions) {
            if (random.nextInt(4) > 0) {
                Response response = question.details().kind() == org.learningstore.core.assessment.QuestionKind.TRUE_FALSE
                        ? new Response.Truth(random.nextBoolean()) : new Response.Number(random.nextInt(10));
                answers.add(new Answer(attempt.id(), question.id(), response, null, null, T0,
                        Duration.ofMillis(random.nextInt(100_000)), null));
            }
        }
        var attemptContext = new Attempts.AttemptContext(attempt, assessment, questions, answers, List.of(), false);
        return new Case(new Attempts.GradingContext(attemptContext, progress(random, learnerId, courseId, lessonId, published, skills)),
                T0.plusSeconds(1 + random.nextInt(3_600)), "seed " + seed);
    }

    private static Attempts.ProgressContext progress(Random random, UUID learnerId, UUID courseId, UUID lessonId,
                                                     List<UUID> published, List<UUID> skills) {
        if (random.nextInt(5) == 0) {
            return new Attempts.ProgressContext(false, Optional.empty(), Optional.empty(), published, List.of(), List.of());
        }
        Set<UUID> completed = new HashSet<>();
        published.forEach(lesson -> {
            if (random.nextBoolean()) {
                completed.add(lesson);
            }
        });
        Optional<LessonProgress> lesson = Optional.empty();
        if (lessonId != null && random.nextBoolean()) {
            LessonStatus status = completed.contains(lessonId) ? LessonStatus.COMPLETED
                    : random.nextBoolean() ? LessonStatus.IN_PROGRESS : LessonStatus.NOT_STARTED;
            lesson = Optional.of(new LessonProgress(learnerId, lessonId, status, T0, status == LessonStatus.COMPLETED ? T0 : null,
                    Duration.ofSeconds(random.nextInt(100)), random.nextBoolean() ? null : (double) random.nextInt(101),
                    random.nextInt(4), null, List.of(), T0, 1 + random.nextInt(5)));
        } else if (lessonId != null) {
            completed.remove(lessonId);
        }
        Optional<Enrollment> enrollment = random.nextBoolean() ? Optional.empty()
                : Optional.of(new Enrollment(id(random), courseId, learnerId,
                        EnrollmentStatus.values()[random.nextInt(EnrollmentStatus.values().length)], T0, null, 0,
                        published.isEmpty() ? null : published.get(0), T0, 1 + random.nextInt(5)));
        List<SkillMastery> masteries = new ArrayList<>();
        for (UUID skill : skills) {
            if (random.nextBoolean()) {
                masteries.add(new SkillMastery(learnerId, skill, MasteryStatus.IN_PROGRESS, random.nextDouble(),
                        random.nextInt(10), 0, T0, 1 + random.nextInt(5)));
            }
        }
        return new Attempts.ProgressContext(true, lesson, enrollment, published,
                published.stream().filter(completed::contains).toList(), masteries);
    }

    private static UUID id(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
