package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GivenAnswer;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.SkillMastery;

/**
 * The submit that carries its answers ({@code submitWithAnswers}): the same result as the
 * per-answer calls on the same input, typed errors naming the answer, nothing written on a
 * refusal, and a fixed cost. Each test makes its own course, quiz and learners.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SubmitWithAnswersContract {
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T09:00:00.000000700Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;
    protected Assessments assessments;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
        assessments = store.assessments();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** A published course of two lessons, the first with a quiz of {@code questions} true/false questions (true is right) on one skill. */
    private record Quiz(Course course, List<Lesson> lessons, Assessment assessment, List<Question> questions, Skill skill) {
    }

    private Quiz quiz(int questionCount, AssessmentDetails details) {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("carry"), "Carry " + CatalogContract.word()).build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("Only"));
        Lesson first = catalog.addLesson(module.id(), LessonDetails.builder("First").build());
        Lesson second = catalog.addLesson(module.id(), LessonDetails.builder("Second").build());
        Skill skill = catalog.createSkill(SkillDetails.of("Carried " + CatalogContract.word()), null);
        Assessment assessment = assessments.createLessonAssessment(first.id(), details);
        List<Question> questions = IntStream.range(0, questionCount).mapToObj(i -> assessments.addQuestion(assessment.id(),
                QuestionDetails.trueFalse("Q" + i, true).withSkill(skill.id()))).toList();
        return new Quiz(catalog.publishCourse(course.id()), List.of(first, second), assessment, questions, skill);
    }

    private Quiz quiz(int questionCount) {
        return quiz(questionCount, AssessmentDetails.builder(AssessmentKind.QUIZ, "Carried quiz").passingScore(100).build());
    }

    private Learner enrolled(Quiz quiz) {
        Learner learner = store.learners().createAnonymous();
        store.progress().enroll(learner.id(), quiz.course().id());
        return learner;
    }

    /** The first {@code wrong} questions answered false (wrong), the rest true, 7 seconds each. */
    private static List<GivenAnswer> answers(List<Question> questions, int wrong) {
        List<GivenAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.add(new GivenAnswer(questions.get(i).id(), new Response.Truth(i >= wrong), Duration.ofSeconds(7)));
        }
        return answers;
    }

    private Attempt perAnswer(Quiz quiz, Learner learner, List<GivenAnswer> answers) {
        Attempt attempt = assessments.startAttempt(quiz.assessment().id(), learner.id());
        answers.forEach(a -> assessments.answer(attempt.id(), a.questionId(), a.response(), a.timeSpent()));
        return assessments.submitAttempt(attempt.id());
    }

    /** What a learner's attempt, progress, mastery and XP hold, without the learner's and the attempt's own ids and versions. */
    private record Standing(List<Object> attempt, LessonProgress lesson, List<Object> enrollment, List<List<Object>> mastery,
                            List<List<Object>> xp) {
    }

    private Standing standing(Quiz quiz, Learner learner, Attempt attempt) {
        LessonProgress lesson = store.progress().lessonProgress(learner.id(), quiz.lessons().get(0).id()).orElseThrow();
        Enrollment enrollment = store.progress().enrollment(learner.id(), quiz.course().id()).orElseThrow();
        SkillMastery mastery = store.progress().mastery(learner.id()).stream()
                .filter(m -> m.skillId().equals(quiz.skill().id())).findFirst().orElseThrow();
        List<XpEntry> xp = store.engagement().xp().entries(learner.id(), PageRequest.ofSize(100)).content();
        return new Standing(
                List.of(attempt.assessmentId(), attempt.number(), attempt.status(), attempt.startedAt(), attempt.submittedAt(),
                        attempt.score(), attempt.maxScore(), attempt.percent(), attempt.passed(), attempt.questionOrder()),
                new LessonProgress(null, lesson.lessonId(), lesson.status(), lesson.startedAt(), lesson.completedAt(),
                        lesson.timeSpent(), lesson.bestScore(), lesson.attempts(), lesson.lastPosition(), lesson.bookmarks(),
                        lesson.updatedAt(), lesson.version()),
                List.of(enrollment.status(), enrollment.progressPercent(), String.valueOf(enrollment.currentLessonId()),
                        String.valueOf(enrollment.completedAt()), enrollment.lastAccessedAt(), enrollment.version()),
                List.of(List.of(mastery.status(), mastery.score(), mastery.answers(), mastery.correct(),
                        mastery.lastPracticedAt(), mastery.version())),
                xp.stream().map(e -> List.<Object>of(e.amount(), e.reason(), String.valueOf(e.courseId()), e.earnedAt())).toList());
    }

    private List<QuestionStats> stats(Quiz quiz) {
        return quiz.questions().stream().map(q -> assessments.questionStats(q.id())).toList();
    }

    private static List<List<Long>> delta(List<QuestionStats> before, List<QuestionStats> after) {
        return IntStream.range(0, before.size()).mapToObj(i -> List.of(
                after.get(i).timesAnswered() - before.get(i).timesAnswered(),
                after.get(i).timesCorrect() - before.get(i).timesCorrect(),
                after.get(i).totalTime().minus(before.get(i).totalTime()).toMillis())).toList();
    }

    // ---------------------------------------------------------------- equal to the per-answer path

    @Test
    void aFailThenAPassGiveWhatThePerAnswerCallsGiveOnTheSameInput() {
        Quiz quiz = quiz(4);
        Learner stepwise = enrolled(quiz);
        Learner carried = enrolled(quiz);
        for (int wrong : new int[] {1, 0}) {
            List<GivenAnswer> answers = answers(quiz.questions(), wrong);
            List<QuestionStats> before = stats(quiz);
            Attempt byCalls = perAnswer(quiz, stepwise, answers);
            List<QuestionStats> between = stats(quiz);
            Attempt inOne = assessments.submitWithAnswers(quiz.assessment().id(), carried.id(), answers);
            List<QuestionStats> after = stats(quiz);

            assertEquals(wrong == 0, inOne.passed());
            assertEquals(AttemptStatus.SUBMITTED, inOne.status());
            assertEquals(standing(quiz, stepwise, byCalls), standing(quiz, carried, inOne), "after " + wrong + " wrong");
            assertEquals(delta(before, between), delta(between, after), "question statistics after " + wrong + " wrong");
            assertEquals(assessments.attempts(quiz.assessment().id(), carried.id()).get(wrong == 1 ? 0 : 1), inOne,
                    "the attempt returned is the one stored");
        }
        assertEquals(quiz.lessons().get(1).id(),
                store.progress().enrollment(carried.id(), quiz.course().id()).orElseThrow().currentLessonId());
    }

    @Test
    void aResumedAttemptKeepsItsSavedAnswersAndTakesTheGivenOnesOverThem() {
        Quiz quiz = quiz(3);
        Learner learner = enrolled(quiz);
        Attempt started = assessments.startAttempt(quiz.assessment().id(), learner.id());
        assessments.answer(started.id(), quiz.questions().get(0).id(), new Response.Truth(true), Duration.ofSeconds(2));
        assessments.answer(started.id(), quiz.questions().get(1).id(), new Response.Truth(false), Duration.ofSeconds(2));

        Attempt graded = assessments.submitWithAnswers(quiz.assessment().id(), learner.id(), List.of(
                GivenAnswer.of(quiz.questions().get(1).id(), new Response.Truth(false)),
                GivenAnswer.of(quiz.questions().get(1).id(), new Response.Truth(true)),
                GivenAnswer.of(quiz.questions().get(2).id(), new Response.Truth(true))));

        assertEquals(started.id(), graded.id());
        assertEquals(1, graded.number());
        assertEquals(3.0, graded.score());
        assertEquals(Boolean.TRUE, graded.passed());
        assertEquals(List.of(1L, 1L, 1L), stats(quiz).stream().map(QuestionStats::timesAnswered).toList());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO),
                stats(quiz).stream().map(QuestionStats::totalTime).toList(), "the later answer replaced the earlier");
    }

    @Test
    void anOverdueAttemptInProgressIsExpiredAndTheAnswersGoToANewOne() {
        Quiz quiz = quiz(2, AssessmentDetails.builder(AssessmentKind.QUIZ, "Timed").timeLimit(Duration.ofMinutes(5)).build());
        Learner learner = enrolled(quiz);
        Attempt overdue = assessments.startAttempt(quiz.assessment().id(), learner.id());
        clock.advance(Duration.ofMinutes(6));

        Attempt graded = assessments.submitWithAnswers(quiz.assessment().id(), learner.id(), answers(quiz.questions(), 0));

        List<Attempt> attempts = assessments.attempts(quiz.assessment().id(), learner.id());
        assertEquals(List.of(overdue.id(), graded.id()), attempts.stream().map(Attempt::id).toList());
        assertEquals(List.of(AttemptStatus.EXPIRED, AttemptStatus.SUBMITTED), attempts.stream().map(Attempt::status).toList());
        assertEquals(overdue.deadline(), attempts.get(0).submittedAt());
        assertEquals(2, graded.number());
        assertEquals(Boolean.TRUE, graded.passed());
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aBadAnswerIsRefusedByItsPlaceAndNothingIsWritten() {
        Quiz quiz = quiz(3);
        Quiz other = quiz(1);
        Learner learner = enrolled(quiz);
        List<GivenAnswer> good = answers(quiz.questions(), 0);
        Map<String, List<String>> before = kit().storedTables();

        assertInvalid("answers[1].response", quiz, learner, List.of(good.get(0),
                GivenAnswer.of(quiz.questions().get(1).id(), new Response.Text("yes")), good.get(2)));
        assertInvalid("answers[2].questionId", quiz, learner, List.of(good.get(0), good.get(1),
                GivenAnswer.of(other.questions().get(0).id(), new Response.Truth(true))));
        assertInvalid("answers[0].timeSpent", quiz, learner, List.of(
                new GivenAnswer(quiz.questions().get(0).id(), new Response.Truth(true), Duration.ofSeconds(-1))));
        assertInvalid("answers[1]", quiz, learner, Arrays.asList(good.get(0), null));
        assertInvalid("answers[0].response", quiz, learner, List.of(new GivenAnswer(quiz.questions().get(0).id(), null, null)));
        assertInvalid("answers", quiz, learner, null);
        UUID unknown = UUID.randomUUID();
        NotFoundException notFound = assertThrows(NotFoundException.class, () -> assessments.submitWithAnswers(
                quiz.assessment().id(), learner.id(), List.of(GivenAnswer.of(unknown, new Response.Truth(true)))));
        assertEquals("question", notFound.entity());
        assertEquals("assessment", assertThrows(NotFoundException.class, () -> assessments.submitWithAnswers(
                UUID.randomUUID(), learner.id(), good)).entity());

        assertEquals(before, kit().storedTables());
    }

    @Test
    void noAttemptLeftIsRefusedAndNothingIsWritten() {
        Quiz quiz = quiz(2, AssessmentDetails.builder(AssessmentKind.QUIZ, "Once").maxAttempts(1).build());
        Learner learner = enrolled(quiz);
        assessments.submitWithAnswers(quiz.assessment().id(), learner.id(), answers(quiz.questions(), 1));
        Map<String, List<String>> before = kit().storedTables();

        assertEquals("attempt.max_attempts", assertThrows(RuleViolationException.class, () -> assessments.submitWithAnswers(
                quiz.assessment().id(), learner.id(), answers(quiz.questions(), 0))).rule());
        assertEquals(before, kit().storedTables());
    }

    private void assertInvalid(String field, Quiz quiz, Learner learner, List<GivenAnswer> answers) {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> assessments.submitWithAnswers(quiz.assessment().id(), learner.id(), answers));
        assertEquals(field, invalid.field());
    }

    // ---------------------------------------------------------------- cost

    @Test
    void aNewAttemptWithItsAnswersTakesAFixedNumberOfStatementsAndRoundTrips() {
        var small = carriedMeasured(2);
        var large = carriedMeasured(9);

        assertEquals(small.statements().size(), large.statements().size(), "statements: " + large.statements());
        kit().expected("submit with answers, lesson quiz of an enrolled learner").assertMatches(small);
        kit().expected("submit with answers, lesson quiz of an enrolled learner").assertMatches(large);
    }

    private CountingStatements.Counted<Attempt> carriedMeasured(int questionCount) {
        Quiz quiz = quiz(questionCount, AssessmentDetails.builder(AssessmentKind.QUIZ, "Measured").build());
        Learner learner = enrolled(quiz);
        List<GivenAnswer> answers = answers(quiz.questions(), 0);

        var submit = statements.count(() -> assessments.submitWithAnswers(quiz.assessment().id(), learner.id(), answers));

        assertEquals(Boolean.TRUE, submit.result().passed());
        assertEquals((double) questionCount, submit.result().score());
        return submit;
    }
}
