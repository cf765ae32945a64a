package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GivenAnswer;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.imports.HistoryEvent;
import org.learningstore.core.imports.ImportOptions;
import org.learningstore.core.imports.LearnerHistory;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/**
 * The study state (per learner and question, the last graded answer) is a derived copy of the
 * answers: after every kind of write of answers, what the backend stores is exactly what the
 * graded answers of submitted or expired attempts and the practice answers give (the latest; a
 * tie in time counts as wrong), worked out here from those rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StudyStateContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T10:00:00Z"));
    private LearningStore store;

    /** The kit that nests this group: it opens the backend's store and reads its rows. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, StatementListener.NONE));
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aSubmitWithAnswersSetsTheStateOfEachAnsweredQuestion() {
        Quiz quiz = quiz(null);
        Learner learner = store.learners().createAnonymous();
        Instant at = clock.advance(Duration.ofSeconds(5));

        store.assessments().submitWithAnswers(quiz.assessment.id(), learner.id(), List.of(
                GivenAnswer.of(quiz.questions.get(0).id(), new Response.Truth(true)),
                GivenAnswer.of(quiz.questions.get(1).id(), new Response.Truth(false))));

        assertEquals(List.of(row(learner, quiz.questions.get(0), at, true), row(learner, quiz.questions.get(1), at, false)),
                stateOf(learner));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void anAttemptCountsOnceSubmittedOrExpiredNeverWhileOpenOrAbandoned() {
        Quiz quiz = quiz(Duration.ofMinutes(10));
        Learner learner = store.learners().createAnonymous();
        Attempt abandoned = store.assessments().startAttempt(quiz.assessment.id(), learner.id());
        store.assessments().answer(abandoned.id(), quiz.questions.get(0).id(), new Response.Truth(true), Duration.ofSeconds(3));
        store.assessments().abandonAttempt(abandoned.id());
        Attempt submitted = store.assessments().startAttempt(quiz.assessment.id(), learner.id());
        Instant answered = clock.advance(Duration.ofSeconds(7));
        store.assessments().answer(submitted.id(), quiz.questions.get(1).id(), new Response.Truth(false), Duration.ofSeconds(3));
        assertEquals(List.of(), stateOf(learner), "nothing before a submit");

        store.assessments().submitAttempt(submitted.id());
        assertEquals(List.of(row(learner, quiz.questions.get(1), answered, false)), stateOf(learner));

        Attempt expiring = store.assessments().startAttempt(quiz.assessment.id(), learner.id());
        Instant answeredLast = clock.advance(Duration.ofSeconds(9));
        store.assessments().answer(expiring.id(), quiz.questions.get(1).id(), new Response.Truth(true), Duration.ofSeconds(3));
        clock.advance(Duration.ofMinutes(11));
        // every overdue attempt of the database (on Turso the groups share one), this one among them
        store.assessments().expireOverdueAttempts(10_000);
        assertEquals(AttemptStatus.EXPIRED, store.assessments().attempts(quiz.assessment.id(), learner.id()).get(2).status());

        assertEquals(List.of(row(learner, quiz.questions.get(1), answeredLast, true)), stateOf(learner));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void practiceAnswersCountAndATieInTimeCountsAsWrong() {
        Quiz quiz = quiz(null);
        Learner learner = store.learners().createAnonymous();
        StudySession session = store.progress().startStudySession(learner.id(), StudyScope.course(quiz.course.id()),
                StudyMode.PRACTICE, 1, 5);
        Question first = quiz.questions.get(0);
        Question second = quiz.questions.get(1);
        store.progress().answerPractice(session.id(), first.id(), new Response.Truth(false), null);
        Instant later = clock.advance(Duration.ofSeconds(4));
        store.progress().answerPractice(session.id(), first.id(), new Response.Truth(true), null);
        Instant tie = clock.advance(Duration.ofSeconds(4));
        store.progress().answerPractice(session.id(), second.id(), new Response.Truth(false), null);
        store.progress().answerPractice(session.id(), second.id(), new Response.Truth(true), null);
        store.assessments().submitWithAnswers(quiz.assessment.id(), learner.id(), List.of(
                GivenAnswer.of(quiz.questions.get(2).id(), new Response.Truth(true))));
        store.progress().answerPractice(session.id(), quiz.questions.get(2).id(), new Response.Truth(false), null);

        assertEquals(List.of(row(learner, first, later, true), row(learner, second, tie, false),
                row(learner, quiz.questions.get(2), tie, false)), stateOf(learner));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void aSubmitAsLateAsAWrongPracticeAnswerLeavesItWrongAndALaterOneMovesIt() {
        Quiz quiz = quiz(null);
        Learner learner = store.learners().createAnonymous();
        StudySession session = store.progress().startStudySession(learner.id(), StudyScope.course(quiz.course.id()),
                StudyMode.PRACTICE, 1, 5);
        Question question = quiz.questions.get(0);
        Instant tie = clock.advance(Duration.ofSeconds(4));
        store.progress().answerPractice(session.id(), question.id(), new Response.Truth(false), null);
        store.assessments().submitWithAnswers(quiz.assessment.id(), learner.id(), List.of(
                GivenAnswer.of(question.id(), new Response.Truth(true))));
        assertEquals(List.of(row(learner, question, tie, false)), stateOf(learner), "a tie counts as wrong");

        Instant later = clock.advance(Duration.ofSeconds(4));
        store.assessments().submitWithAnswers(quiz.assessment.id(), learner.id(), List.of(
                GivenAnswer.of(question.id(), new Response.Truth(true))));

        assertEquals(List.of(row(learner, question, later, true)), stateOf(learner));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void aRegradeMovesTheStateWithTheAnswersItGrades() {
        Quiz quiz = quiz(null);
        Learner learner = store.learners().createAnonymous();
        Question question = quiz.questions.get(0);
        Instant at = clock.advance(Duration.ofSeconds(5));
        Attempt attempt = store.assessments().submitWithAnswers(quiz.assessment.id(), learner.id(), List.of(
                GivenAnswer.of(question.id(), new Response.Truth(true))));
        store.assessments().updateQuestion(question.id(), question.version(), QuestionDetails.trueFalse(question.details().prompt(), false)
                .withDifficulty(question.details().difficulty()));

        store.assessments().regradeAttempt(attempt.id());

        assertEquals(List.of(row(learner, question, at, false)), stateOf(learner));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void anImportSetsTheStateOfItsAnswers() {
        Quiz quiz = quiz(null);
        Instant at = clock.advance(Duration.ofMinutes(1)).minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        List<HistoryEvent.Answered> answers = List.of(
                new HistoryEvent.Answered(quiz.questions.get(0).id(), new Response.Truth(true), Duration.ofSeconds(10), at.plusSeconds(10)),
                new HistoryEvent.Answered(quiz.questions.get(1).id(), new Response.Truth(false), Duration.ofSeconds(10), at.plusSeconds(11)));
        var history = new LearnerHistory(UUID.randomUUID(), at, List.of(new HistoryEvent.Enrolled(quiz.course.id(), at),
                new HistoryEvent.AttemptSubmitted(UUID.randomUUID(), quiz.assessment.id(), at.plusSeconds(5), answers, at.plusSeconds(60)),
                new HistoryEvent.AttemptSubmitted(UUID.randomUUID(), quiz.assessment.id(), at.plusSeconds(70), List.of(
                        new HistoryEvent.Answered(quiz.questions.get(1).id(), new Response.Truth(true), Duration.ofSeconds(10),
                                at.plusSeconds(80))), at.plusSeconds(90))));

        store.imports().importHistories(List.of(history), ImportOptions.defaults());

        assertEquals(List.of(row(history.id(), quiz.questions.get(0), at.plusSeconds(10), true),
                row(history.id(), quiz.questions.get(1), at.plusSeconds(80), true)).stream().sorted(BY_QUESTION_TEXT).toList(),
                stateOfLearner(history.id()));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void aMergeGivesTheSurvivorTheLatestOfBothAndTheMergedNone() {
        Quiz quiz = quiz(null);
        Learner survivor = store.learners().createAnonymous();
        Learner merged = store.learners().createAnonymous();
        Question question = quiz.questions.get(0);
        store.assessments().submitWithAnswers(quiz.assessment.id(), survivor.id(), List.of(GivenAnswer.of(question.id(), new Response.Truth(true))));
        Instant later = clock.advance(Duration.ofSeconds(30));
        StudySession session = store.progress().startStudySession(merged.id(), StudyScope.course(quiz.course.id()), StudyMode.PRACTICE, 1, 5);
        store.progress().answerPractice(session.id(), question.id(), new Response.Truth(false), null);
        Instant latest = clock.advance(Duration.ofSeconds(30));
        store.assessments().submitWithAnswers(quiz.assessment.id(), merged.id(), List.of(
                GivenAnswer.of(quiz.questions.get(1).id(), new Response.Truth(true))));

        store.learners().merge(survivor.id(), merged.id());

        assertEquals(List.of(row(survivor, question, later, false), row(survivor, quiz.questions.get(1), latest, true)), stateOf(survivor));
        assertEquals(List.of(), stateOf(merged));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void anErasureAndAQuestionsRemovalTakeTheirStateAlong() {
        Quiz quiz = quiz(null);
        Learner erased = store.learners().createAnonymous();
        Learner kept = store.learners().createAnonymous();
        Instant at = clock.advance(Duration.ofSeconds(5));
        for (Learner learner : List.of(erased, kept)) {
            store.assessments().submitWithAnswers(quiz.assessment.id(), learner.id(), List.of(
                    GivenAnswer.of(quiz.questions.get(0).id(), new Response.Truth(true)),
                    GivenAnswer.of(quiz.questions.get(1).id(), new Response.Truth(true))));
        }

        store.privacy().erase(erased.id());
        store.assessments().removeQuestion(quiz.questions.get(0).id());

        assertEquals(List.of(), stateOf(erased));
        assertEquals(List.of(row(kept, quiz.questions.get(1), at, true)), stateOf(kept));
        assertStateIsWhatTheAnswersSay();
    }

    @Test
    void aCourseDeletedAndRestoredKeepsItsState() {
        Quiz quiz = quiz(null);
        Learner learner = store.learners().createAnonymous();
        Instant at = clock.advance(Duration.ofSeconds(5));
        store.assessments().submitWithAnswers(quiz.assessment.id(), learner.id(), List.of(
                GivenAnswer.of(quiz.questions.get(0).id(), new Response.Truth(false))));

        store.catalog().deleteCourse(quiz.course.id());
        assertStateIsWhatTheAnswersSay();
        store.catalog().restoreCourse(quiz.course.id());

        assertEquals(List.of(row(learner, quiz.questions.get(0), at, false)), stateOf(learner));
        assertStateIsWhatTheAnswersSay();
    }

    private static final Comparator<List<String>> BY_QUESTION_TEXT = Comparator.comparing(row -> row.get(1));

    /** The whole stored state equals the last graded answer per learner and question that the answers give. */
    private void assertStateIsWhatTheAnswersSay() {
        Map<List<String>, List<String>> last = new HashMap<>();
        for (List<String> answer : kit().gradedHistory()) {
            last.merge(answer.subList(0, 2), answer, (kept, other) -> later(other, kept) ? other : kept);
        }
        assertEquals(sorted(List.copyOf(last.values())), sorted(kit().storedStudyState()));
    }

    /** Later in time, or as late and wrong where {@code other} was right. */
    private static boolean later(List<String> answer, List<String> other) {
        int byTime = Long.compare(Long.parseLong(answer.get(2)), Long.parseLong(other.get(2)));
        return byTime != 0 ? byTime > 0 : answer.get(3).equals("0") && other.get(3).equals("1");
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(Comparator.comparing(List::toString)).toList();
    }

    private List<List<String>> stateOf(Learner learner) {
        return stateOfLearner(learner.id());
    }

    /** The learner's stored rows, by question text (ids are random, so the tests compare by question). */
    private List<List<String>> stateOfLearner(UUID learnerId) {
        return kit().storedStudyState().stream().filter(row -> row.get(0).equals(learnerId.toString()))
                .sorted(BY_QUESTION_TEXT).toList();
    }

    private static List<String> row(Learner learner, Question question, Instant at, boolean correct) {
        return row(learner.id(), question, at, correct);
    }

    private static List<String> row(UUID learnerId, Question question, Instant at, boolean correct) {
        return List.of(learnerId.toString(), question.id().toString(), Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)),
                correct ? "1" : "0");
    }

    private record Quiz(Course course, Assessment assessment, List<Question> questions) {
    }

    /** A published course with a quiz of three true/false questions (each true), their ids in ascending order. */
    private Quiz quiz(Duration timeLimit) {
        Course course = store.catalog().createCourse(CourseDetails.builder(CatalogContract.slug("state"), "State " + CatalogContract.word()).build());
        CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
        store.catalog().addLesson(module.id(), LessonDetails.builder("Only").build());
        course = store.catalog().publishCourse(course.id());
        var details = AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz");
        Assessment assessment = store.assessments().createCourseAssessment(course.id(),
                (timeLimit == null ? details : details.timeLimit(timeLimit)).build());
        List<Question> questions = List.of(0, 1, 2).stream().map(q -> store.assessments().addQuestion(assessment.id(),
                QuestionDetails.trueFalse("q" + q, true).withDifficulty(3))).sorted(Comparator.comparing(q -> q.id().toString())).toList();
        return new Quiz(course, assessment, questions);
    }
}
