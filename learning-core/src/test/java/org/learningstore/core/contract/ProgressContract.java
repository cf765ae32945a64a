package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.QuestionView;
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
import org.learningstore.core.contract.CatalogContract.Outcome;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.Learners;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LearnerStats;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.Progress;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/** Enrollment, lesson progress, mastery, study sessions, dashboard and stats, on every backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProgressContract {
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T10:00:00Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;
    protected Assessments assessments;
    protected Learners learners;
    protected Progress progress;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
        assessments = store.assessments();
        learners = store.learners();
        progress = store.progress();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** A published course of two modules of two lessons, plus one unpublished lesson that never counts. */
    private record Track(Course course, List<Lesson> lessons, Lesson unpublished) {
    }

    private Track track(Integer maxStudents) {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("track"), "Track " + CatalogContract.word())
                .maxStudents(maxStudents).build());
        CourseModule first = catalog.addModule(course.id(), ModuleDetails.of("First"));
        CourseModule second = catalog.addModule(course.id(), ModuleDetails.of("Second"));
        Lesson a = catalog.addLesson(first.id(), LessonDetails.builder("A").build());
        Lesson draft = catalog.addLesson(first.id(), LessonDetails.builder("Draft").published(false).build());
        Lesson b = catalog.addLesson(first.id(), LessonDetails.builder("B").build());
        Lesson c = catalog.addLesson(second.id(), LessonDetails.builder("C").build());
        Lesson d = catalog.addLesson(second.id(), LessonDetails.builder("D").build());
        return new Track(catalog.publishCourse(course.id()), List.of(a, b, c, d), draft);
    }

    private Learner learner() {
        return learners.createAnonymous();
    }

    // ---------------------------------------------------------------- enrollment

    @Test
    void enrollmentNeedsAPublishedCourseAndIsOnePerLearnerAndCourse() {
        Track track = track(null);
        Learner learner = learner();
        Course draft = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("draft"), "Draft").build());

        Enrollment enrollment = progress.enroll(learner.id(), track.course().id());

        assertEquals(EnrollmentStatus.ACTIVE, enrollment.status());
        assertEquals(0.0, enrollment.progressPercent());
        assertEquals(track.lessons().get(0).id(), enrollment.currentLessonId());
        assertEquals(enrollment, progress.enroll(learner.id(), track.course().id()), "enrolling again returns the enrollment");
        assertEquals(Optional.of(enrollment), progress.enrollment(learner.id(), track.course().id()));
        assertEquals("course.not_published", assertThrows(RuleViolationException.class,
                () -> progress.enroll(learner.id(), draft.id())).rule());
        assertNotFound("course", () -> progress.enroll(learner.id(), UUID.randomUUID()));
        assertNotFound("learner", () -> progress.enroll(UUID.randomUUID(), track.course().id()));
        assertEquals(Optional.empty(), progress.enrollment(learner.id(), draft.id()));
    }

    @Test
    void droppingFreesTheSeatAndReEnrollingKeepsProgress() {
        Track track = track(1);
        Learner first = learner();
        Learner second = learner();
        progress.enroll(first.id(), track.course().id());
        progress.completeLesson(first.id(), track.lessons().get(0).id());

        assertEquals("course.full", assertThrows(RuleViolationException.class,
                () -> progress.enroll(second.id(), track.course().id())).rule());
        assertEquals(EnrollmentStatus.DROPPED, progress.drop(first.id(), track.course().id()).status());
        assertEquals(EnrollmentStatus.ACTIVE, progress.enroll(second.id(), track.course().id()).status());
        progress.drop(second.id(), track.course().id());

        Enrollment back = progress.enroll(first.id(), track.course().id());
        assertEquals(EnrollmentStatus.ACTIVE, back.status());
        assertEquals(25.0, back.progressPercent(), "progress survives a drop");
        assertNotFound("enrollment", () -> progress.drop(learner().id(), track.course().id()));
    }

    @Test
    void sixteenConcurrentEnrollmentsIntoTenSeatsLeaveExactlyTen() throws Exception {
        Track track = track(10);
        List<Learner> sixteen = IntStream.range(0, 16).mapToObj(i -> learner()).toList();

        List<Outcome<Enrollment>> outcomes = CatalogContract.concurrently(16, i -> progress.enroll(sixteen.get(i).id(), track.course().id()));

        assertEquals(10, CatalogContract.successes(outcomes).size());
        List<Throwable> refused = CatalogContract.failures(outcomes);
        assertEquals(6, refused.size());
        assertTrue(refused.stream().allMatch(e -> e instanceof RuleViolationException r && r.rule().equals("course.full")), refused.toString());
        assertEquals(10, sixteen.stream().filter(l -> progress.enrollment(l.id(), track.course().id()).isPresent()).count());
    }

    // ---------------------------------------------------------------- lesson progress

    @Test
    void lessonProgressRecordsTimePositionAndBookmarks() {
        Track track = track(null);
        Learner learner = learner();
        Lesson lesson = track.lessons().get(0);
        Instant started = clock.advance(Duration.ofSeconds(1));

        assertEquals(LessonStatus.IN_PROGRESS, progress.startLesson(learner.id(), lesson.id()).status());
        progress.recordTime(learner.id(), lesson.id(), Duration.ofMinutes(3));
        progress.recordTime(learner.id(), lesson.id(), Duration.ofSeconds(90));
        progress.savePosition(learner.id(), lesson.id(), "{\"block\":7,\"offset\":0.5}");
        progress.saveBookmarks(learner.id(), lesson.id(), List.of("intro", "the tricky bit 🧩"));

        LessonProgress stored = progress.lessonProgress(learner.id(), lesson.id()).orElseThrow();
        assertEquals(LessonStatus.IN_PROGRESS, stored.status());
        assertEquals(Duration.ofSeconds(270), stored.timeSpent());
        assertEquals("{\"block\":7,\"offset\":0.5}", stored.lastPosition().replace(" ", ""));
        assertEquals(List.of("intro", "the tricky bit 🧩"), stored.bookmarks());
        assertEquals(started, stored.startedAt());

        assertInvalid("spent", () -> progress.recordTime(learner.id(), lesson.id(), Duration.ofSeconds(-1)));
        assertInvalid("position", () -> progress.savePosition(learner.id(), lesson.id(), "not json"));
        assertInvalid("position", () -> progress.savePosition(learner.id(), lesson.id(), "[1]"));
        assertNotFound("lesson", () -> progress.startLesson(learner.id(), UUID.randomUUID()));
        assertEquals(Duration.ofSeconds(270), progress.lessonProgress(learner.id(), lesson.id()).orElseThrow().timeSpent());
    }

    // free-form JSON: a resume position follows the one rule for JSON people write, alike on every
    // backend (FreeFormJsonCases)

    @Test
    void refusedPositionsAreTheSameInvalidInputAndWriteNothing() {
        Learner learner = learner();
        Lesson lesson = track(null).lessons().get(0);
        FreeFormJsonCases.assertAllRefused("position", 100_000,
                text -> () -> progress.savePosition(learner.id(), lesson.id(), text));
        assertEquals(Optional.empty(), progress.lessonProgress(learner.id(), lesson.id()), "nothing was written");
    }

    @Test
    void awkwardPositionsReadBackByteForByte() {
        Learner learner = learner();
        Lesson lesson = track(null).lessons().get(0);
        for (String kept : FreeFormJsonCases.KEPT) {
            progress.savePosition(learner.id(), lesson.id(), kept);
            assertEquals(kept, progress.lessonProgress(learner.id(), lesson.id()).orElseThrow().lastPosition());
        }
    }

    @Test
    void completingLessonsMovesPercentCurrentLessonAndFinallyCompletesTheEnrollment() {
        Track track = track(null);
        Learner learner = learner();
        List<Lesson> l = track.lessons();
        progress.enroll(learner.id(), track.course().id());

        progress.completeLesson(learner.id(), l.get(0).id());
        assertEnrollment(learner, track, 25.0, l.get(1), EnrollmentStatus.ACTIVE);
        progress.completeLesson(learner.id(), l.get(2).id());
        assertEnrollment(learner, track, 50.0, l.get(3), EnrollmentStatus.ACTIVE);
        progress.completeLesson(learner.id(), track.unpublished().id());
        assertEnrollment(learner, track, 50.0, l.get(3), EnrollmentStatus.ACTIVE);
        progress.completeLesson(learner.id(), l.get(3).id());
        assertEnrollment(learner, track, 75.0, l.get(1), EnrollmentStatus.ACTIVE);
        Instant completed = clock.advance(Duration.ofSeconds(1));
        progress.completeLesson(learner.id(), l.get(1).id());

        Enrollment done = progress.enrollment(learner.id(), track.course().id()).orElseThrow();
        assertEquals(100.0, done.progressPercent());
        assertEquals(EnrollmentStatus.COMPLETED, done.status());
        assertNull(done.currentLessonId());
        assertEquals(completed, done.completedAt());
    }

    @Test
    void twoConcurrentCompletionsOfOneLessonCountOnceWithTheRightPercent() throws Exception {
        Track track = track(null);
        Learner learner = learner();
        progress.enroll(learner.id(), track.course().id());

        List<Outcome<LessonProgress>> outcomes = CatalogContract.concurrently(2,
                i -> progress.completeLesson(learner.id(), track.lessons().get(0).id()));

        assertEquals(List.of(), CatalogContract.failures(outcomes));
        List<LessonProgress> results = CatalogContract.successes(outcomes);
        assertEquals(results.get(0).completedAt(), results.get(1).completedAt(), "one completion");
        assertEnrollment(learner, track, 25.0, track.lessons().get(1), EnrollmentStatus.ACTIVE);
    }

    @Test
    void submittingALessonQuizRecordsBestScoreAndAttemptsAndCompletesTheLessonOnAPass() {
        Track track = track(null);
        Learner learner = learner();
        Lesson lesson = track.lessons().get(0);
        progress.enroll(learner.id(), track.course().id());
        Assessment quiz = assessments.createLessonAssessment(lesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Lesson quiz").passingScore(100).build());
        List<Question> questions = List.of(assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("1?", true)),
                assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("2?", true)));

        take(quiz, learner, questions, 1);
        LessonProgress afterFail = progress.lessonProgress(learner.id(), lesson.id()).orElseThrow();
        assertEquals(1, afterFail.attempts());
        assertEquals(50.0, afterFail.bestScore());
        assertEquals(LessonStatus.IN_PROGRESS, afterFail.status());

        take(quiz, learner, questions, 2);
        take(quiz, learner, questions, 0);
        LessonProgress afterPass = progress.lessonProgress(learner.id(), lesson.id()).orElseThrow();
        assertEquals(3, afterPass.attempts());
        assertEquals(100.0, afterPass.bestScore());
        assertEquals(LessonStatus.COMPLETED, afterPass.status());
        assertEnrollment(learner, track, 25.0, track.lessons().get(1), EnrollmentStatus.ACTIVE);
    }

    @Test
    void submittingALessonQuizMovesProgressInAFixedNumberOfStatementsAndRoundTrips() {
        var small = submitMeasured(2);
        var large = submitMeasured(9);

        assertEquals(small.statements().size(), large.statements().size(), "statements: " + large.statements());
        kit().expected("submit, lesson quiz of an enrolled learner").assertMatches(small);
        kit().expected("submit, lesson quiz of an enrolled learner").assertMatches(large);
    }

    private CountingStatements.Counted<Attempt> submitMeasured(int questionCount) {
        Track track = track(null);
        Learner learner = learner();
        progress.enroll(learner.id(), track.course().id());
        Skill skill = catalog.createSkill(SkillDetails.of("Measured " + CatalogContract.word()), null);
        Assessment quiz = assessments.createLessonAssessment(track.lessons().get(0).id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Measured").build());
        List<Question> questions = IntStream.range(0, questionCount).mapToObj(i -> assessments.addQuestion(quiz.id(),
                QuestionDetails.trueFalse("Q" + i, true).withSkill(skill.id()))).toList();
        Attempt attempt = assessments.startAttempt(quiz.id(), learner.id());
        questions.forEach(q -> assessments.answer(attempt.id(), q.id(), new Response.Truth(true), Duration.ofSeconds(1)));

        var submit = statements.count(() -> assessments.submitAttempt(attempt.id()));

        assertEquals(Boolean.TRUE, submit.result().passed());
        assertEquals(LessonStatus.COMPLETED, progress.lessonProgress(learner.id(), track.lessons().get(0).id()).orElseThrow().status());
        assertEquals(questionCount, masteryOf(learner, skill).answers(), "every graded answer moved the mastery");
        return submit;
    }

    // ---------------------------------------------------------------- mastery and study

    @Test
    void answersMoveSkillMasteryByTheDocumentedRule() {
        Skill skill = catalog.createSkill(SkillDetails.of("Mastery " + CatalogContract.word()), null);
        Learner learner = learner();
        Assessment quiz = assessments.createCourseAssessment(track(null).course().id(), AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").build());
        Question question = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("Skillful?", true).withSkill(skill.id()));

        take(quiz, learner, List.of(question), 0);
        SkillMastery one = masteryOf(learner, skill);
        assertEquals(MasteryStatus.IN_PROGRESS, one.status());
        assertEquals(0.3, one.score(), 1e-9);

        StudySession session = progress.startStudySession(learner.id(), StudyScope.skills(List.of(skill.id())), StudyMode.PRACTICE, 1, 5);
        for (int i = 0; i < 4; i++) {
            progress.answerPractice(session.id(), question.id(), new Response.Truth(true), null);
        }
        SkillMastery five = masteryOf(learner, skill);
        assertEquals(5, five.answers());
        assertEquals(1 - Math.pow(0.7, 5), five.score(), 1e-9);
        assertEquals(MasteryStatus.MASTERED, five.status());

        progress.answerPractice(session.id(), question.id(), new Response.Truth(false), null);
        assertEquals(MasteryStatus.IN_PROGRESS, masteryOf(learner, skill).status(), "one miss drops it below 0.8");
        clock.advance(Duration.ofDays(31));
        assertEquals(MasteryStatus.REVIEW_NEEDED, masteryOf(learner, skill).status());
    }

    @Test
    void studySessionsServeNeverAnsweredThenWrongThenTheRestWithinTheDifficultyRange() {
        Learner learner = learner();
        Assessment quiz = assessments.createCourseAssessment(track(null).course().id(), AssessmentDetails.builder(AssessmentKind.PRACTICE, "Bank").build());
        Question wrong = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("wrong", true).withDifficulty(2));
        Question right = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("right", true).withDifficulty(3));
        Question fresh = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("fresh", true).withDifficulty(4));
        assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("too easy", true).withDifficulty(1));
        assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("too hard", true).withDifficulty(5));
        StudySession warmUp = progress.startStudySession(learner.id(), StudyScope.assessment(quiz.id()), StudyMode.PRACTICE, 1, 5);
        progress.answerPractice(warmUp.id(), right.id(), new Response.Truth(true), Duration.ofSeconds(3));
        clock.advance(Duration.ofMinutes(1));
        progress.answerPractice(warmUp.id(), wrong.id(), new Response.Truth(false), Duration.ofSeconds(4));

        StudySession session = progress.startStudySession(learner.id(), StudyScope.assessment(quiz.id()), StudyMode.REVIEW, 2, 4);
        List<UUID> next = progress.nextQuestions(session.id(), 10).stream().map(QuestionView::id).toList();

        assertEquals(List.of(fresh.id(), wrong.id(), right.id()), next);
        assertEquals(List.of(fresh.id()), progress.nextQuestions(session.id(), 1).stream().map(QuestionView::id).toList());
        assertTrue(progress.nextQuestions(session.id(), 10).stream().allMatch(q -> q.answerKey() == null));
        StudySession byCourse = progress.startStudySession(learner.id(), StudyScope.course(quiz.courseId()), StudyMode.TIMED, 4, 4);
        assertEquals(List.of(fresh.id()), progress.nextQuestions(byCourse.id(), 10).stream().map(QuestionView::id).toList());
    }

    @Test
    void studyQuestionsTakeTheLatestGradedAnswerOfAttemptsAndPracticeAndComeFirstInStudyOrderAcrossTheScope() {
        Skill skill = catalog.createSkill(SkillDetails.of("Study " + CatalogContract.word()), null);
        Learner learner = learner();
        UUID course = track(null).course().id();
        Assessment first = assessments.createCourseAssessment(course, AssessmentDetails.builder(AssessmentKind.QUIZ, "First").build());
        List<Question> a = IntStream.rangeClosed(1, 4).mapToObj(i -> assessments.addQuestion(first.id(),
                QuestionDetails.trueFalse("a" + i, true).withDifficulty(3).withSkill(skill.id()))).toList();
        clock.advance(Duration.ofMinutes(1));
        Assessment second = assessments.createCourseAssessment(course, AssessmentDetails.builder(AssessmentKind.QUIZ, "Second").build());
        List<Question> b = IntStream.rangeClosed(1, 3).mapToObj(i -> assessments.addQuestion(second.id(),
                QuestionDetails.trueFalse("b" + i, true).withDifficulty(3))).toList();
        assessments.addQuestion(second.id(), QuestionDetails.trueFalse("too hard", true).withDifficulty(5));
        Attempt taken = assessments.startAttempt(first.id(), learner.id());
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(1));
            assessments.answer(taken.id(), a.get(i).id(), new Response.Truth(i == 0 || i == 3), Duration.ofSeconds(5));
        }
        assessments.submitAttempt(taken.id());
        StudySession practice = progress.startStudySession(learner.id(), StudyScope.course(course), StudyMode.PRACTICE, 1, 5);
        clock.advance(Duration.ofMinutes(1));
        progress.answerPractice(practice.id(), a.get(1).id(), new Response.Truth(true), null);
        clock.advance(Duration.ofMinutes(1));
        progress.answerPractice(practice.id(), a.get(3).id(), new Response.Truth(false), null);
        Attempt open = assessments.startAttempt(second.id(), learner.id());
        assessments.answer(open.id(), b.get(0).id(), new Response.Truth(true), Duration.ofSeconds(5));

        StudySession session = progress.startStudySession(learner.id(), StudyScope.course(course), StudyMode.REVIEW, 2, 4);
        StudySession bySkill = progress.startStudySession(learner.id(), StudyScope.skills(List.of(skill.id())), StudyMode.REVIEW, 2, 4);

        // never answered (an open attempt's answer does not count), then last wrong, then the rest, each oldest first
        List<UUID> order = List.of(b.get(0).id(), b.get(1).id(), b.get(2).id(), a.get(2).id(), a.get(3).id(), a.get(0).id(),
                a.get(1).id());
        assertEquals(order, progress.nextQuestions(session.id(), 10).stream().map(QuestionView::id).toList());
        assertEquals(order.subList(0, 4), progress.nextQuestions(session.id(), 4).stream().map(QuestionView::id).toList());
        assertEquals(order.subList(0, 5), progress.nextQuestions(session.id(), 5).stream().map(QuestionView::id).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), progress.nextQuestions(session.id(), 5).stream().map(QuestionView::position).toList());
        assertEquals(List.of(a.get(2).id(), a.get(3).id(), a.get(0).id()),
                progress.nextQuestions(bySkill.id(), 3).stream().map(QuestionView::id).toList());
    }

    @Test
    void practiceAnswersCountInStatisticsAndSessionTotalsButNeverAsAttempts() {
        Learner learner = learner();
        Assessment quiz = assessments.createCourseAssessment(track(null).course().id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").maxAttempts(1).build());
        Question question = assessments.addQuestion(quiz.id(), QuestionDetails.numeric("2+2?", 4, 0).withExplanation("Sum."));
        StudySession session = progress.startStudySession(learner.id(), StudyScope.assessment(quiz.id()), StudyMode.PRACTICE, 1, 5);

        PracticeAnswer first = progress.answerPractice(session.id(), question.id(), new Response.Number(5), Duration.ofSeconds(10));
        progress.answerPractice(session.id(), question.id(), new Response.Number(4), Duration.ofSeconds(20));
        Instant endedAt = clock.advance(Duration.ofMinutes(1));
        StudySession ended = progress.endStudySession(session.id());

        assertTrue(!first.correct() && first.explanation().equals("Sum."), "practice shows the key and explanation");
        assertEquals(2, ended.answered());
        assertEquals(1, ended.correct());
        assertEquals(Duration.ofSeconds(30), ended.timeSpent());
        assertEquals(endedAt, ended.endedAt());
        assertEquals(new QuestionStats(question.id(), 2, 1, Duration.ofSeconds(30)), assessments.questionStats(question.id()));
        assertEquals(List.of(), assessments.attempts(quiz.id(), learner.id()));
        assertEquals(1, assessments.startAttempt(quiz.id(), learner.id()).number(), "max attempts untouched by practice");
        assertEquals("study.ended", assertThrows(RuleViolationException.class,
                () -> progress.answerPractice(session.id(), question.id(), new Response.Number(4), null)).rule());
    }

    @Test
    void badStudyInputIsATypedErrorAndWritesNothing() {
        Learner learner = learner();
        Assessment quiz = assessments.createCourseAssessment(track(null).course().id(), AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").build());
        Question elsewhere = assessments.addQuestion(assessments.createCourseAssessment(track(null).course().id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Other").build()).id(), QuestionDetails.trueFalse("?", true));
        StudyScope scope = StudyScope.assessment(quiz.id());

        assertInvalid("difficulty", () -> progress.startStudySession(learner.id(), scope, StudyMode.PRACTICE, 0, 3));
        assertInvalid("difficulty", () -> progress.startStudySession(learner.id(), scope, StudyMode.PRACTICE, 2, 6));
        assertInvalid("difficulty", () -> progress.startStudySession(learner.id(), scope, StudyMode.PRACTICE, 4, 2));
        assertInvalid("scope", () -> StudyScope.skills(List.of()));
        assertInvalid("scope", () -> StudyScope.assessment(null));
        assertNotFound("assessment", () -> progress.startStudySession(learner.id(), StudyScope.assessment(UUID.randomUUID()), StudyMode.PRACTICE, 1, 5));
        assertNotFound("skill", () -> progress.startStudySession(learner.id(), StudyScope.skills(List.of(UUID.randomUUID())), StudyMode.PRACTICE, 1, 5));
        assertNotFound("study session", () -> progress.nextQuestions(UUID.randomUUID(), 5));
        StudySession session = progress.startStudySession(learner.id(), scope, StudyMode.PRACTICE, 1, 5);
        assertInvalid("questionId", () -> progress.answerPractice(session.id(), elsewhere.id(), new Response.Truth(true), null));
        assertInvalid("timeSpent", () -> progress.answerPractice(session.id(), elsewhere.id(), new Response.Truth(true), Duration.ofSeconds(-2)));
        assertEquals(new QuestionStats(elsewhere.id(), 0, 0, Duration.ZERO), assessments.questionStats(elsewhere.id()));
    }

    // ---------------------------------------------------------------- dashboard and stats

    @Test
    void theDashboardListsEnrollmentsNewestFirstInAFixedNumberOfStatements() {
        Learner learner = learner();
        List<Track> tracks = IntStream.range(0, 5).mapToObj(i -> track(null)).toList();
        progress.enroll(learner.id(), tracks.get(0).course().id());
        var one = statements.count(() -> progress.dashboard(learner.id(), PageRequest.ofSize(10)));
        for (int i = 1; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            progress.enroll(learner.id(), tracks.get(i).course().id());
        }
        progress.completeLesson(learner.id(), tracks.get(4).lessons().get(0).id());

        var five = statements.count(() -> progress.dashboard(learner.id(), PageRequest.ofSize(10)));
        Page<DashboardEntry> page = progress.dashboard(learner.id(), PageRequest.ofSize(2));

        assertEquals(one.statements().size(), five.statements().size(), "statements: " + five.statements());
        kit().expected("dashboard page").assertMatches(one);
        kit().expected("dashboard page").assertMatches(five);
        assertEquals(5, five.result().totalElements());
        assertEquals(IntStream.range(0, 5).mapToObj(i -> tracks.get(4 - i).course().id()).toList(),
                five.result().content().stream().map(e -> e.enrollment().courseId()).toList());
        DashboardEntry newest = five.result().content().get(0);
        assertEquals(tracks.get(4).course().title(), newest.courseTitle());
        assertEquals("B", newest.currentLessonTitle());
        assertEquals(25.0, newest.enrollment().progressPercent());
        assertEquals(progress.enrollment(learner.id(), tracks.get(4).course().id()), Optional.of(newest.enrollment()),
                "every field as the enrollment reads it, to the instant");
        assertEquals(2, page.content().size());
        assertEquals(3, page.totalPages());
    }

    @Test
    void theNextStudyQuestionsComeInAFixedNumberOfStatements() {
        Track track = track(null);
        Learner learner = learner();
        Assessment quiz = assessments.createCourseAssessment(track.course().id(), AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").build());
        Question question = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("True?", true));
        progress.enroll(learner.id(), track.course().id());
        StudySession session = progress.startStudySession(learner.id(), StudyScope.course(track.course().id()), StudyMode.PRACTICE, 1, 5);

        var next = statements.count(() -> progress.nextQuestions(session.id(), 10));

        assertEquals(List.of(question.id()), next.result().stream().map(QuestionView::id).toList());
        kit().expected("next study questions").assertMatches(next);
    }

    @Test
    void statsCountLessonsPassesScoresTimeAndTheStreak() {
        Track track = track(null);
        Learner learner = learner();
        Assessment quiz = assessments.createCourseAssessment(track.course().id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").passingScore(50).build());
        Question question = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("?", true));
        progress.recordTime(learner.id(), track.lessons().get(0).id(), Duration.ofMinutes(10));
        progress.completeLesson(learner.id(), track.lessons().get(0).id());
        clock.advance(Duration.ofDays(1));
        take(quiz, learner, List.of(question), 1);
        clock.advance(Duration.ofDays(1));
        progress.completeLesson(learner.id(), track.lessons().get(1).id());
        take(quiz, learner, List.of(question), 0);

        LearnerStats stats = progress.stats(learner.id());
        assertEquals(2, stats.lessonsCompleted());
        assertEquals(1, stats.assessmentsPassed());
        assertEquals(50.0, stats.averageScore());
        assertEquals(Duration.ofMinutes(10), stats.timeSpent());
        assertEquals(3, stats.streakDays());

        clock.advance(Duration.ofDays(1));
        assertEquals(3, progress.stats(learner.id()).streakDays(), "yesterday still counts");
        clock.advance(Duration.ofDays(1));
        assertEquals(0, progress.stats(learner.id()).streakDays());
        assertEquals(new LearnerStats(0, 0, null, Duration.ZERO, 0, 0, null), progress.stats(learner().id()));
    }

    // ---------------------------------------------------------------- helpers

    /** Starts, answers all but {@code wrong} questions right, submits. */
    private Attempt take(Assessment quiz, Learner learner, List<Question> questions, int wrong) {
        Attempt attempt = assessments.startAttempt(quiz.id(), learner.id());
        for (int i = 0; i < questions.size(); i++) {
            assessments.answer(attempt.id(), questions.get(i).id(), new Response.Truth(i >= wrong), Duration.ofSeconds(5));
        }
        return assessments.submitAttempt(attempt.id());
    }

    private SkillMastery masteryOf(Learner learner, Skill skill) {
        return progress.mastery(learner.id()).stream().filter(m -> m.skillId().equals(skill.id())).findFirst().orElseThrow();
    }

    private void assertEnrollment(Learner learner, Track track, double percent, Lesson current, EnrollmentStatus status) {
        Enrollment enrollment = progress.enrollment(learner.id(), track.course().id()).orElseThrow();
        assertEquals(percent, enrollment.progressPercent());
        assertEquals(current.id(), enrollment.currentLessonId());
        assertEquals(status, enrollment.status());
    }

    private static void assertInvalid(String field, Executable call) {
        InvalidInputException error = assertThrows(InvalidInputException.class, call);
        assertEquals(field, error.field(), error.getMessage());
    }

    private static void assertNotFound(String entity, Executable call) {
        assertEquals(entity, assertThrows(NotFoundException.class, call).entity());
    }
}
