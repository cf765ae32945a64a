package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.AssessmentView;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.AttemptView;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.ShowAnswers;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.contract.CatalogContract.Outcome;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;

/**
 * Assessments, questions, attempts and grading, written once against the facade and run on
 * every backend. Each test makes its own course, assessment and learners.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AssessmentContract {
    private static final List<QuestionOption> ABCD = List.of(QuestionOption.of("a", "Alpha"), QuestionOption.of("b", "Beta"),
            QuestionOption.of("c", "Gamma"), QuestionOption.of("d", "Delta"));

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00.000000500Z"));
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

    // ---------------------------------------------------------------- authoring

    @Test
    void assessmentsAttachToALessonOrACourseWithEveryRule() {
        Lesson lesson = newLesson();
        UUID courseId = courseOf(lesson);
        AssessmentDetails quizRules = AssessmentDetails.builder(AssessmentKind.QUIZ, "Lesson quiz 'ünïcode' ✓")
                .description("Check yourself").passingScore(80).maxAttempts(3).timeLimit(Duration.ofMinutes(15))
                .randomizeQuestions(true).showAnswers(ShowAnswers.AFTER_PASS).partialCredit(true).build();

        Assessment quiz = assessments.createLessonAssessment(lesson.id(), quizRules);
        clock.advance(Duration.ofSeconds(1));
        Assessment exam = assessments.createCourseAssessment(courseId,
                AssessmentDetails.builder(AssessmentKind.EXAM, "Final exam").showAnswers(ShowAnswers.NEVER).build());

        assertEquals(courseId, quiz.courseId());
        assertEquals(lesson.id(), quiz.lessonId());
        assertEquals(quizRules, quiz.details());
        assertNull(exam.lessonId());
        assertNull(exam.details().maxAttempts(), "unlimited attempts");
        assertNull(exam.details().timeLimit(), "untimed");
        assertEquals(Optional.of(quiz), assessments.findAssessment(quiz.id()));
        assertEquals(List.of(quiz, exam), assessments.assessmentsOfCourse(courseId));

        Assessment updated = assessments.updateAssessment(exam.id(), 1, exam.details().toBuilder().passingScore(50).build());
        assertEquals(2, updated.version());
        assertThrows(ConflictException.class, () -> assessments.updateAssessment(exam.id(), 1, exam.details()));
        assertEquals(Optional.of(updated), assessments.findAssessment(exam.id()));
    }

    @Test
    void badAssessmentInputIsATypedErrorAndWritesNothing() {
        Lesson lesson = newLesson();
        assertInvalid("passingScore", () -> rules().passingScore(101).build());
        assertInvalid("passingScore", () -> rules().passingScore(-1).build());
        assertInvalid("timeLimit", () -> rules().timeLimit(Duration.ZERO).build());
        assertInvalid("timeLimit", () -> rules().timeLimit(Duration.ofMinutes(-5)).build());
        assertInvalid("maxAttempts", () -> rules().maxAttempts(0).build());
        assertInvalid("kind", () -> rules().kind("oral"));
        assertInvalid("title", () -> rules().title(" ").build());
        assertNotFound("course", () -> assessments.createCourseAssessment(UUID.randomUUID(), rules().build()));
        assertNotFound("lesson", () -> assessments.createLessonAssessment(UUID.randomUUID(), rules().build()));
        assertNotFound("assessment", () -> assessments.addQuestion(UUID.randomUUID(), trueFalse(true)));
        assertEquals(List.of(), assessments.assessmentsOfCourse(courseOf(lesson)));
    }

    @Test
    void questionsOfEveryKindKeepTheirOptionsKeysAndOrder() {
        Skill skill = catalog.createSkill(SkillDetails.of("Question skill " + CatalogContract.word()), null);
        Assessment quiz = newQuiz(rules().build());
        List<QuestionDetails> written = List.of(
                new QuestionDetails(QuestionKind.SINGLE_CHOICE, "Pick one; \"quoted\" 100%_", ABCD, AnswerKey.Choices.of("b"),
                        "Because β.", 2, 3, skill.id()),
                QuestionDetails.multipleChoice("Pick the vowels", ABCD, "a", "c").withPoints(4).withDifficulty(5),
                QuestionDetails.trueFalse("The earth is round", true).withExplanation("Mostly."),
                QuestionDetails.shortText("Capital of France?", "Paris", "paris, france"),
                QuestionDetails.numeric("π to two decimals", 3.14, 0.005).withPoints(0));

        List<Question> added = written.stream().map(details -> assessments.addQuestion(quiz.id(), details)).toList();

        assertEquals(written, assessments.questions(quiz.id()).stream().map(Question::details).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), assessments.questions(quiz.id()).stream().map(Question::position).toList());
        assertEquals(added, assessments.questions(quiz.id()));
        assertEquals(new QuestionStats(added.get(0).id(), 0, 0, Duration.ZERO), assessments.questionStats(added.get(0).id()));
    }

    @Test
    void badQuestionsAreTypedErrorsAndWriteNothing() {
        Assessment quiz = newQuiz(rules().build());
        InvalidInputException missingOption = assertInvalid("answerKey",
                () -> QuestionDetails.singleChoice("Which?", ABCD, "z"));
        assertTrue(missingOption.reason().contains("'z'"), missingOption.reason());
        assertInvalid("answerKey", () -> QuestionDetails.multipleChoice("Which?", ABCD));
        assertInvalid("answerKey", () -> new QuestionDetails(QuestionKind.SINGLE_CHOICE, "Which?", ABCD,
                AnswerKey.Choices.of("a", "b"), null, 1, 1, null));
        assertInvalid("answerKey", () -> new QuestionDetails(QuestionKind.TRUE_FALSE, "True?", List.of(),
                AnswerKey.Texts.of("yes"), null, 1, 1, null));
        assertInvalid("points", () -> trueFalse(true).withPoints(-1));
        assertInvalid("difficulty", () -> trueFalse(true).withDifficulty(6));
        assertInvalid("options", () -> QuestionDetails.singleChoice("Which?", List.of(QuestionOption.of("a", "A")), "a"));
        assertInvalid("options", () -> QuestionDetails.singleChoice("Which?",
                List.of(QuestionOption.of("a", "A"), QuestionOption.of("a", "Again")), "a"));
        assertInvalid("answerKey", () -> QuestionDetails.numeric("How many?", 3, -1));
        assertNotFound("skill", () -> assessments.addQuestion(quiz.id(), trueFalse(true).withSkill(UUID.randomUUID())));
        assertEquals(List.of(), assessments.questions(quiz.id()));
    }

    @Test
    void assessmentAndQuestionChangesAreAudited() {
        Instant at = clock.advance(Duration.ofSeconds(1)).truncatedTo(ChronoUnit.MICROS);
        Assessment quiz = store.actingAs("teacher-7").assessments().createCourseAssessment(newCourse().id(), rules().build());
        Assessments asTeacher = store.actingAs("teacher-7").assessments();
        asTeacher.updateAssessment(quiz.id(), 1, quiz.details().toBuilder().title("Renamed").build());
        Question question = asTeacher.addQuestion(quiz.id(), trueFalse(true));
        asTeacher.updateQuestion(question.id(), 1, trueFalse(false));
        asTeacher.removeQuestion(question.id());

        List<AuditEntry> quizHistory = store.audit().history("assessment", quiz.id());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED), quizHistory.stream().map(AuditEntry::action).toList());
        assertTrue(quizHistory.get(1).after().contains("Renamed"));
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.REMOVED),
                store.audit().history("question", question.id()).stream().map(AuditEntry::action).toList());
        assertEquals(List.of("teacher-7", "teacher-7"), quizHistory.stream().map(AuditEntry::actor).toList());
        assertEquals(List.of(at, at), quizHistory.stream().map(AuditEntry::at).toList());
        assertEquals(List.of("teacher-7", "teacher-7", "teacher-7"),
                store.audit().history("question", question.id()).stream().map(AuditEntry::actor).toList());
        assertEquals(List.of(at, at, at), store.audit().history("question", question.id()).stream().map(AuditEntry::at).toList());
    }

    // ---------------------------------------------------------------- the attempt lifecycle

    @Test
    void attemptsNumberOneTwoThreeAndStopAtMaxAttemptsPlusOverride() {
        Assessment quiz = quizWithQuestions(rules().maxAttempts(3).build(), 2);
        UUID learner = UUID.randomUUID();

        Attempt first = assessments.startAttempt(quiz.id(), learner);
        assertEquals(first, assessments.startAttempt(quiz.id(), learner), "start returns the attempt in progress");
        assessments.submitAttempt(first.id());
        Attempt second = assessments.startAttempt(quiz.id(), learner);
        assessments.abandonAttempt(second.id());
        Attempt third = assessments.startAttempt(quiz.id(), learner);
        assessments.submitAttempt(third.id());

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> assessments.startAttempt(quiz.id(), learner));
        assertEquals("attempt.max_attempts", refused.rule());
        assertEquals(List.of(1, 2, 3), numbers(quiz.id(), learner));
        assertEquals(1, assessments.startAttempt(quiz.id(), UUID.randomUUID()).number(), "numbers are per learner");

        assessments.grantOverride(quiz.id(), learner, 1, Duration.ZERO);
        Attempt fourth = assessments.startAttempt(quiz.id(), learner);
        assertEquals(4, fourth.number());
        assessments.submitAttempt(fourth.id());
        assertThrows(RuleViolationException.class, () -> assessments.startAttempt(quiz.id(), learner));
        assertEquals(List.of(AttemptStatus.SUBMITTED, AttemptStatus.ABANDONED, AttemptStatus.SUBMITTED, AttemptStatus.SUBMITTED),
                assessments.attempts(quiz.id(), learner).stream().map(Attempt::status).toList());
    }

    @Test
    void theDeadlineComesFromTheTimeLimitPlusExtraTimeAndNothingIsAcceptedAfterIt() {
        Assessment timed = quizWithQuestions(rules().timeLimit(Duration.ofMinutes(10)).build(), 2);
        List<Question> questions = assessments.questions(timed.id());
        UUID learner = UUID.randomUUID();
        UUID slowLearner = UUID.randomUUID();
        assessments.grantOverride(timed.id(), slowLearner, 0, Duration.ofMinutes(5));

        Attempt attempt = assessments.startAttempt(timed.id(), learner);
        Attempt slow = assessments.startAttempt(timed.id(), slowLearner);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        assertEquals(now.plus(Duration.ofMinutes(10)), attempt.deadline());
        assertEquals(now.plus(Duration.ofMinutes(15)), slow.deadline());

        assessments.answer(attempt.id(), questions.get(0).id(), new Response.Truth(true), Duration.ofSeconds(30));
        clock.advance(Duration.ofMinutes(11));
        assertEquals("attempt.deadline_passed", assertThrows(RuleViolationException.class, () ->
                assessments.answer(attempt.id(), questions.get(1).id(), new Response.Truth(true), null)).rule());
        assessments.answer(slow.id(), questions.get(0).id(), new Response.Truth(true), null);

        Attempt expired = assessments.submitAttempt(attempt.id());
        assertEquals(AttemptStatus.EXPIRED, expired.status());
        assertEquals(attempt.deadline(), expired.submittedAt());
        assertEquals(1.0, expired.score(), "graded on the answer saved before the deadline");
        assertEquals(2.0, expired.maxScore());
        assertEquals(1, viewOf(attempt).items().stream().filter(item -> item.answer() != null).count());
    }

    @Test
    void theSweepExpiresOverdueAttemptsGradedOnTheirSavedAnswers() {
        Assessment timed = quizWithQuestions(rules().timeLimit(Duration.ofMinutes(1)).passingScore(50).build(), 2);
        Question first = assessments.questions(timed.id()).get(0);
        Attempt answered = assessments.startAttempt(timed.id(), UUID.randomUUID());
        Attempt blank = assessments.startAttempt(timed.id(), UUID.randomUUID());
        Attempt untimedOther = assessments.startAttempt(quizWithQuestions(rules().build(), 1).id(), UUID.randomUUID());
        assessments.answer(answered.id(), first.id(), new Response.Truth(true), null);
        clock.advance(Duration.ofMinutes(2));

        assertTrue(assessments.expireOverdueAttempts(1000) >= 2);

        Attempt expired = assessments.attempts(timed.id(), answered.learnerId()).get(0);
        assertEquals(AttemptStatus.EXPIRED, expired.status());
        assertEquals(1.0, expired.score());
        assertEquals(50.0, expired.percent());
        assertEquals(Boolean.TRUE, expired.passed());
        assertEquals(0.0, assessments.attempts(timed.id(), blank.learnerId()).get(0).score());
        assertEquals(AttemptStatus.IN_PROGRESS, assessments.attempts(untimedOther.assessmentId(), untimedOther.learnerId()).get(0).status());
        assertEquals(0, assessments.expireOverdueAttempts(1000), "nothing left to expire");
    }

    @Test
    void aRandomizedAttemptKeepsItsQuestionOrderWhenResumed() {
        Assessment shuffled = quizWithQuestions(rules().randomizeQuestions(true).build(), 12);
        List<UUID> authored = assessments.questions(shuffled.id()).stream().map(Question::id).toList();
        UUID learner = UUID.randomUUID();

        Attempt attempt = assessments.startAttempt(shuffled.id(), learner);
        Attempt resumed = assessments.startAttempt(shuffled.id(), learner);

        assertEquals(attempt.questionOrder(), resumed.questionOrder());
        assertEquals(new HashSet<>(authored), new HashSet<>(attempt.questionOrder()));
        assertEquals(attempt.questionOrder(), viewOf(attempt).items().stream().map(i -> i.question().id()).toList());
        boolean anyShuffled = IntStream.range(0, 5).anyMatch(i ->
                !assessments.startAttempt(shuffled.id(), UUID.randomUUID()).questionOrder().equals(authored));
        assertTrue(anyShuffled, "12 questions came back in authored order six times running");
        Attempt plain = assessments.startAttempt(quizWithQuestions(rules().build(), 5).id(), learner);
        assertEquals(assessments.questions(plain.assessmentId()).stream().map(Question::id).toList(), plain.questionOrder());
    }

    @Test
    void answeringAgainReplacesTheAnswerAndClosedAttemptsRefuseAnswers() {
        Assessment quiz = quizWithQuestions(rules().build(), 2);
        Question question = assessments.questions(quiz.id()).get(0);
        Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());

        assessments.answer(attempt.id(), question.id(), new Response.Truth(false), Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(10));
        Answer replaced = assessments.answer(attempt.id(), question.id(), new Response.Truth(true), Duration.ofSeconds(7));

        List<Answer> answers = viewOf(attempt).items().stream().map(AttemptView.Item::answer).filter(a -> a != null).toList();
        assertEquals(1, answers.size());
        assertEquals(replaced.response(), answers.get(0).response());
        assertEquals(Duration.ofSeconds(7), answers.get(0).timeSpent());

        assessments.submitAttempt(attempt.id());
        assertEquals("attempt.closed", assertThrows(RuleViolationException.class, () ->
                assessments.answer(attempt.id(), question.id(), new Response.Truth(false), null)).rule());
        Attempt abandoned = assessments.startAttempt(quiz.id(), UUID.randomUUID());
        assessments.abandonAttempt(abandoned.id());
        assertThrows(RuleViolationException.class, () -> assessments.answer(abandoned.id(), question.id(), new Response.Truth(true), null));
        assertThrows(RuleViolationException.class, () -> assessments.submitAttempt(abandoned.id()));
    }

    @Test
    void responsesMustFitTheQuestionAndBelongToTheAttemptsAssessment() {
        Assessment quiz = newQuiz(rules().build());
        Question single = assessments.addQuestion(quiz.id(), QuestionDetails.singleChoice("One", ABCD, "a"));
        Question numeric = assessments.addQuestion(quiz.id(), QuestionDetails.numeric("Two", 2, 0));
        Question elsewhere = assessments.addQuestion(quizWithQuestions(rules().build(), 0).id(), trueFalse(true));
        Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());

        assertInvalid("response", () -> assessments.answer(attempt.id(), single.id(), new Response.Text("a"), null));
        assertInvalid("response", () -> assessments.answer(attempt.id(), single.id(), Response.Choices.of("a", "b"), null));
        assertInvalid("response", () -> assessments.answer(attempt.id(), single.id(), Response.Choices.of("z"), null));
        assertInvalid("response", () -> assessments.answer(attempt.id(), numeric.id(), new Response.Truth(true), null));
        assertInvalid("response", () -> new Response.Number(Double.NaN));
        assertInvalid("timeSpent", () -> assessments.answer(attempt.id(), numeric.id(), new Response.Number(2), Duration.ofSeconds(-1)));
        assertInvalid("questionId", () -> assessments.answer(attempt.id(), elsewhere.id(), new Response.Truth(true), null));
        assertNotFound("question", () -> assessments.answer(attempt.id(), UUID.randomUUID(), new Response.Truth(true), null));
        assertNotFound("attempt", () -> assessments.answer(UUID.randomUUID(), single.id(), Response.Choices.of("a"), null));
        assertNotFound("attempt", () -> assessments.submitAttempt(UUID.randomUUID()));
        assertNotFound("assessment", () -> assessments.startAttempt(UUID.randomUUID(), UUID.randomUUID()));

        assertTrue(viewOf(attempt).items().stream().allMatch(item -> item.answer() == null), "nothing was written");
    }

    // ---------------------------------------------------------------- grading

    @Test
    void submitScoresEveryKindAllOrNothingAndStoresPointsPerAnswer() {
        Assessment quiz = newQuiz(rules().passingScore(60).showAnswers(ShowAnswers.AFTER_SUBMIT).build());
        Question single = assessments.addQuestion(quiz.id(), QuestionDetails.singleChoice("S", ABCD, "b").withPoints(2));
        Question multiple = assessments.addQuestion(quiz.id(), QuestionDetails.multipleChoice("M", ABCD, "a", "c").withPoints(3));
        Question truth = assessments.addQuestion(quiz.id(), trueFalse(false));
        Question text = assessments.addQuestion(quiz.id(), QuestionDetails.shortText("T", "New  York City").withPoints(2));
        Question number = assessments.addQuestion(quiz.id(), QuestionDetails.numeric("N", 9.81, 0.01).withPoints(2));
        Assessment quizReloaded = assessments.findAssessment(quiz.id()).orElseThrow();
        Attempt attempt = assessments.startAttempt(quizReloaded.id(), UUID.randomUUID());

        assessments.answer(attempt.id(), single.id(), Response.Choices.of("b"), null);
        assessments.answer(attempt.id(), multiple.id(), Response.Choices.of("a"), null);
        assessments.answer(attempt.id(), truth.id(), new Response.Truth(false), null);
        assessments.answer(attempt.id(), text.id(), new Response.Text("  new york\tcity "), null);
        assessments.answer(attempt.id(), number.id(), new Response.Number(9.8), null);
        Attempt submitted = assessments.submitAttempt(attempt.id());

        assertEquals(AttemptStatus.SUBMITTED, submitted.status());
        assertEquals(7.0, submitted.score(), "2 + 0 + 1 + 2 + 2");
        assertEquals(10.0, submitted.maxScore());
        assertEquals(70.0, submitted.percent());
        assertEquals(Boolean.TRUE, submitted.passed());
        assertEquals(submitted, assessments.attempts(quiz.id(), attempt.learnerId()).get(0));
        AttemptView view = viewOf(attempt);
        assertTrue(view.answersShown());
        assertEquals(List.of(2.0, 0.0, 1.0, 2.0, 2.0), view.items().stream().map(i -> i.answer().points()).toList());
        assertEquals(List.of(true, false, true, true, true), view.items().stream().map(i -> i.answer().correct()).toList());
    }

    @Test
    void partialCreditGivesMultipleChoiceRightPicksMinusWrongPicks() {
        Assessment quiz = newQuiz(rules().partialCredit(true).build());
        Question q = assessments.addQuestion(quiz.id(), QuestionDetails.multipleChoice("M", ABCD, "a", "b").withPoints(4));

        assertEquals(2.0, scoreOf(quiz, q, Response.Choices.of("a")));
        assertEquals(0.0, scoreOf(quiz, q, Response.Choices.of("a", "c")));
        assertEquals(0.0, scoreOf(quiz, q, Response.Choices.of("c", "d")));
        assertEquals(4.0, scoreOf(quiz, q, Response.Choices.of("a", "b")));
        Assessment strict = newQuiz(rules().build());
        Question s = assessments.addQuestion(strict.id(), QuestionDetails.multipleChoice("M", ABCD, "a", "b").withPoints(4));
        assertEquals(0.0, scoreOf(strict, s, Response.Choices.of("a")));
    }

    @Test
    void submittingTwiceReturnsTheFirstResultAndChangesNothing() {
        Assessment quiz = quizWithQuestions(rules().build(), 3);
        Question first = assessments.questions(quiz.id()).get(0);
        Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());
        assessments.answer(attempt.id(), first.id(), new Response.Truth(true), Duration.ofSeconds(4));

        Attempt submitted = assessments.submitAttempt(attempt.id());
        clock.advance(Duration.ofMinutes(1));
        Attempt again = assessments.submitAttempt(attempt.id());

        assertEquals(submitted, again);
        assertEquals(new QuestionStats(first.id(), 1, 1, Duration.ofSeconds(4)), assessments.questionStats(first.id()));
    }

    @Test
    void editingAQuestionNeverChangesAPastGradeButARegradeDoesAndKeepsTheOldScore() {
        Assessment quiz = quizWithQuestions(rules().showAnswers(ShowAnswers.AFTER_SUBMIT).build(), 2);
        List<Question> questions = assessments.questions(quiz.id());
        Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());
        assessments.answer(attempt.id(), questions.get(0).id(), new Response.Truth(false), null);
        assessments.answer(attempt.id(), questions.get(1).id(), new Response.Truth(true), null);
        Attempt submitted = assessments.submitAttempt(attempt.id());
        assertEquals(1.0, submitted.score());

        assessments.updateQuestion(questions.get(0).id(), 1, trueFalse(false).withPoints(3));

        assertEquals(submitted, assessments.attempts(quiz.id(), attempt.learnerId()).get(0));
        AttemptView before = viewOf(attempt);
        assertEquals(new AnswerKey.Truth(true), before.items().get(0).question().answerKey(), "the view shows what it was graded against");
        assertEquals(1, before.items().get(0).question().points());

        Attempt regraded = assessments.regradeAttempt(attempt.id());
        assertEquals(4.0, regraded.score());
        assertEquals(4.0, regraded.maxScore());
        assertEquals(1.0, regraded.previousScore());
        assertEquals(regraded, assessments.attempts(quiz.id(), attempt.learnerId()).get(0));
        assertEquals(new AnswerKey.Truth(false), viewOf(attempt).items().get(0).question().answerKey());
        assertEquals(new QuestionStats(questions.get(0).id(), 1, 0, Duration.ZERO), assessments.questionStats(questions.get(0).id()),
                "a regrade does not count the answers twice");
        assertThrows(RuleViolationException.class, () -> assessments.regradeAttempt(assessments.startAttempt(quiz.id(), UUID.randomUUID()).id()));
    }

    @Test
    void questionStatisticsCountGradedAnswers() {
        Assessment quiz = quizWithQuestions(rules().build(), 2);
        List<Question> questions = assessments.questions(quiz.id());
        for (boolean answer : List.of(true, false, true)) {
            Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());
            assessments.answer(attempt.id(), questions.get(0).id(), new Response.Truth(answer), Duration.ofSeconds(10));
            assessments.submitAttempt(attempt.id());
        }

        assertEquals(new QuestionStats(questions.get(0).id(), 3, 2, Duration.ofSeconds(30)), assessments.questionStats(questions.get(0).id()));
        assertEquals(new QuestionStats(questions.get(1).id(), 0, 0, Duration.ZERO), assessments.questionStats(questions.get(1).id()),
                "an unanswered question is not counted");
    }

    // ---------------------------------------------------------------- what learners see

    @Test
    void learnerViewsNeverShowKeysWhenTheRuleIsNever() {
        Assessment quiz = quizWithQuestions(rules().showAnswers(ShowAnswers.NEVER).build(), 2);
        UUID learner = UUID.randomUUID();
        Attempt attempt = assessments.startAttempt(quiz.id(), learner);
        assessments.answer(attempt.id(), assessments.questions(quiz.id()).get(0).id(), new Response.Truth(true), null);
        assessments.submitAttempt(attempt.id());

        assertNoKeys(assessments.viewAssessment(quiz.id(), learner));
        AttemptView view = viewOf(attempt);
        assertFalse(view.answersShown());
        assertTrue(view.items().stream().allMatch(i -> i.question().answerKey() == null && i.question().explanation() == null));
        assertNull(view.items().get(0).answer().correct(), "correctness would give the key away");
        assertNull(view.items().get(0).answer().points());
        assertEquals(1.0, view.attempt().score(), "the score itself is shown");
    }

    @Test
    void afterSubmitShowsKeysOnceTheLearnerHasSubmitted() {
        Assessment quiz = quizWithQuestions(rules().showAnswers(ShowAnswers.AFTER_SUBMIT).build(), 2);
        UUID learner = UUID.randomUUID();
        Attempt attempt = assessments.startAttempt(quiz.id(), learner);

        assertNoKeys(assessments.viewAssessment(quiz.id(), learner));
        assertFalse(viewOf(attempt).answersShown());
        assessments.submitAttempt(attempt.id());

        AssessmentView after = assessments.viewAssessment(quiz.id(), learner);
        assertTrue(after.answersShown());
        assertEquals(new AnswerKey.Truth(true), after.questions().get(0).answerKey());
        assertEquals("Explained", after.questions().get(0).explanation());
        assertTrue(viewOf(attempt).answersShown());
        assertNoKeys(assessments.viewAssessment(quiz.id(), UUID.randomUUID()));
    }

    @Test
    void afterPassShowsKeysOnlyOnceTheLearnerHasPassed() {
        Assessment quiz = quizWithQuestions(rules().showAnswers(ShowAnswers.AFTER_PASS).passingScore(100).build(), 2);
        List<Question> questions = assessments.questions(quiz.id());
        UUID learner = UUID.randomUUID();

        Attempt failed = assessments.startAttempt(quiz.id(), learner);
        assessments.submitAttempt(failed.id());
        assertNoKeys(assessments.viewAssessment(quiz.id(), learner));
        assertFalse(viewOf(failed).answersShown());

        Attempt passed = assessments.startAttempt(quiz.id(), learner);
        questions.forEach(q -> assessments.answer(passed.id(), q.id(), new Response.Truth(true), null));
        assertEquals(Boolean.TRUE, assessments.submitAttempt(passed.id()).passed());

        assertTrue(assessments.viewAssessment(quiz.id(), learner).answersShown());
        assertTrue(viewOf(failed).answersShown(), "passing once opens the keys on every attempt");
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void eightConcurrentStartsForOneLearnerEndWithExactlyAttemptsOneTwoThree() throws Exception {
        Assessment quiz = quizWithQuestions(rules().maxAttempts(3).build(), 2);
        Question question = assessments.questions(quiz.id()).get(0);
        UUID learner = UUID.randomUUID();

        List<Outcome<Integer>> outcomes = CatalogContract.concurrently(8, i -> {
            int submitted = 0;
            for (int round = 0; round < 10; round++) {
                try {
                    Attempt attempt = assessments.startAttempt(quiz.id(), learner);
                    assessments.answer(attempt.id(), question.id(), new Response.Truth(true), null);
                    assessments.submitAttempt(attempt.id());
                    submitted++;
                } catch (RuleViolationException refused) {
                    if (refused.rule().equals("attempt.max_attempts")) {
                        return submitted;
                    }
                }
            }
            return submitted;
        });

        assertEquals(List.of(), CatalogContract.failures(outcomes));
        assertEquals(List.of(1, 2, 3), numbers(quiz.id(), learner));
        assertTrue(assessments.attempts(quiz.id(), learner).stream().allMatch(a -> a.status() == AttemptStatus.SUBMITTED));
    }

    @Test
    void eightConcurrentSubmitsOfOneAttemptYieldOneSubmission() throws Exception {
        Assessment quiz = quizWithQuestions(rules().build(), 3);
        List<Question> questions = assessments.questions(quiz.id());
        Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());
        questions.forEach(q -> assessments.answer(attempt.id(), q.id(), new Response.Truth(true), Duration.ofSeconds(1)));

        List<Outcome<Attempt>> outcomes = CatalogContract.concurrently(8, i -> assessments.submitAttempt(attempt.id()));

        assertEquals(List.of(), CatalogContract.failures(outcomes));
        List<Attempt> results = CatalogContract.successes(outcomes);
        assertEquals(1, new HashSet<>(results).size(), "every caller sees the one submission");
        assertEquals(results.get(0), assessments.attempts(quiz.id(), attempt.learnerId()).get(0));
        assertEquals(new QuestionStats(questions.get(0).id(), 1, 1, Duration.ofSeconds(1)), assessments.questionStats(questions.get(0).id()));
    }

    @Test
    void manyConcurrentAttemptsOfDistinctLearnersLeaveQuestionStatisticsExact() throws Exception {
        Assessment quiz = quizWithQuestions(rules().build(), 3);
        List<Question> questions = assessments.questions(quiz.id());
        int learners = 12;

        List<Outcome<Attempt>> outcomes = CatalogContract.concurrently(learners, i -> {
            Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());
            for (Question question : questions) {
                assessments.answer(attempt.id(), question.id(), new Response.Truth(i % 3 != 0), Duration.ofSeconds(2));
            }
            return assessments.submitAttempt(attempt.id());
        });

        assertEquals(List.of(), CatalogContract.failures(outcomes));
        for (Question question : questions) {
            assertEquals(new QuestionStats(question.id(), learners, 8, Duration.ofSeconds(2L * learners)),
                    assessments.questionStats(question.id()));
        }
    }

    // ---------------------------------------------------------------- statement counts

    @Test
    void submitAndTheAttemptViewRunAFixedNumberOfStatementsWhateverTheQuestionCount() {
        var small = takeAndMeasure(2);
        var large = takeAndMeasure(12);

        assertEquals(small.submit().statements().size(), large.submit().statements().size(), "submit: " + large.submit().statements());
        assertEquals(small.view().statements().size(), large.view().statements().size(), "view: " + large.view().statements());
        kit().expected("submit, course quiz").assertMatches(small.submit());
        kit().expected("submit, course quiz").assertMatches(large.submit());
        kit().expected("attempt view").assertMatches(small.view());
        kit().expected("attempt view").assertMatches(large.view());
        assertEquals(12, large.view().result().items().size());
    }

    private record Measured(CountingStatements.Counted<Attempt> submit, CountingStatements.Counted<AttemptView> view) {
    }

    private Measured takeAndMeasure(int questionCount) {
        Assessment quiz = quizWithQuestions(rules().build(), questionCount);
        Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());
        for (Question question : assessments.questions(quiz.id())) {
            assessments.answer(attempt.id(), question.id(), new Response.Truth(true), Duration.ofSeconds(1));
        }
        var submit = statements.count(() -> assessments.submitAttempt(attempt.id()));
        assertEquals((double) questionCount, submit.result().score());
        return new Measured(submit, statements.count(() -> assessments.viewAttempt(attempt.id())));
    }

    // ---------------------------------------------------------------- helpers

    private static AssessmentDetails.Builder rules() {
        return AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz");
    }

    private static QuestionDetails trueFalse(boolean answer) {
        return QuestionDetails.trueFalse("True or false?", answer).withExplanation("Explained");
    }

    private Course newCourse() {
        return catalog.createCourse(CourseDetails.builder(CatalogContract.slug("assessed"), "Assessed course").build());
    }

    private final java.util.Map<UUID, UUID> lessonCourses = new java.util.concurrent.ConcurrentHashMap<>();

    private Lesson newLesson() {
        Course course = newCourse();
        Lesson lesson = catalog.addLesson(catalog.addModule(course.id(), ModuleDetails.of("Module")).id(), LessonDetails.builder("Lesson").build());
        lessonCourses.put(lesson.id(), course.id());
        return lesson;
    }

    private UUID courseOf(Lesson lesson) {
        return lessonCourses.get(lesson.id());
    }

    private Assessment newQuiz(AssessmentDetails details) {
        return assessments.createCourseAssessment(newCourse().id(), details);
    }

    /** A quiz of {@code count} true/false questions whose answer is true, 1 point each. */
    private Assessment quizWithQuestions(AssessmentDetails details, int count) {
        Assessment quiz = newQuiz(details);
        for (int i = 0; i < count; i++) {
            assessments.addQuestion(quiz.id(), trueFalse(true));
        }
        return quiz;
    }

    private double scoreOf(Assessment quiz, Question question, Response response) {
        Attempt attempt = assessments.startAttempt(quiz.id(), UUID.randomUUID());
        assessments.answer(attempt.id(), question.id(), response, null);
        return assessments.submitAttempt(attempt.id()).score();
    }

    private AttemptView viewOf(Attempt attempt) {
        return assessments.viewAttempt(attempt.id());
    }

    private List<Integer> numbers(UUID assessmentId, UUID learner) {
        return assessments.attempts(assessmentId, learner).stream().map(Attempt::number).toList();
    }

    private static void assertNoKeys(AssessmentView view) {
        assertFalse(view.answersShown());
        assertTrue(view.questions().stream().allMatch(q -> q.answerKey() == null && q.explanation() == null));
    }

    private static InvalidInputException assertInvalid(String field, Executable call) {
        InvalidInputException error = assertThrows(InvalidInputException.class, call);
        assertEquals(field, error.field(), error.getMessage());
        return error;
    }

    private static void assertNotFound(String entity, Executable call) {
        assertEquals(entity, assertThrows(NotFoundException.class, call).entity());
    }
}
