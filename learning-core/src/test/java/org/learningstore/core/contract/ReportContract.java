package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.learningstore.core.assessment.Assessments;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.ProjectDetails;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.learner.Learners;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.Progress;
import org.learningstore.core.report.AssessmentStatistics;
import org.learningstore.core.report.AttemptSelection;
import org.learningstore.core.report.CoursePerformance;
import org.learningstore.core.report.Growth;
import org.learningstore.core.report.LearnerEngagement;
import org.learningstore.core.report.ProjectCompletion;
import org.learningstore.core.report.QuestionStatistics;
import org.learningstore.core.report.QuestionStatistics.OptionCount;
import org.learningstore.core.report.Reports;
import org.learningstore.core.report.StoreHealth;

/** Reports and the health check, on every backend; the statistics against figures computed by hand. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReportContract {
    /** The highest migration version of both dialects. */
    private static final String SCHEMA_VERSION = "12";
    private static final Map<String, String> BACKEND_NAMES =
            Map.of("PostgreSQL", "postgresql", "SQLite file", "sqlite", "Turso", "turso");

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T10:00:00Z"));
    protected final CountingStatements statements = new CountingStatements();
    protected LearningStore store;
    protected Catalog catalog;
    protected Assessments assessments;
    protected Learners learners;
    protected Progress progress;
    protected Reports reports;

    /** The kit that nests this group: it opens the backend's store. */
    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = kit().openStore(new StoreOptions(clock, statements));
        catalog = store.catalog();
        assessments = store.assessments();
        learners = store.learners();
        progress = store.progress();
        reports = store.reports();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- assessment statistics

    /**
     * Four learners' first attempts and one learner's second, at a 50% pass mark; Q1 single choice
     * (1 point, key a), Q2 true/false (1 point, key true), Q3 multiple choice (2 points, keys x and y).
     * <pre>
     * attempt   Q1       Q2          Q3          score  percent
     * L1 #1     a  ✓ 10s true  ✓ 20s x,y ✓ 30s    4     100
     * L2 #1     a  ✓ 20s false ✗ 10s x   ✗ 40s    1      25
     * L3 #1     b  ✗ 30s true  ✓ 30s x,y ✓ 50s    3      75
     * L4 #1     c  ✗ 40s false ✗ 20s y,z ✗ 60s    0       0
     * L2 #2     a  ✓  5s true  ✓  5s x   ✗  5s    2      50
     * </pre>
     * The discrimination index of a question is Pearson's r between x (1 when its answer is correct)
     * and y (the attempt's score minus the answer's points). Over first attempts, Q2: x = 1,0,1,0;
     * y = 3,1,2,0; n = 4, Σx = 2, Σy = 6, Σy² = 14, Σxy = 5; r = (4·5 − 2·6) / √((4·2 − 4)(4·14 − 36))
     * = 8 / √80 = 0.8944. The other figures are worked out the same way in the comments below.
     */
    @Test
    void assessmentStatisticsMatchTheFiguresComputedByHand() {
        Course course = catalog.publishCourse(catalog.createCourse(CourseDetails.builder(CatalogContract.slug("stats"), "Stats").build()).id());
        Assessment quiz = assessments.createCourseAssessment(course.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Measured").passingScore(50).build());
        Question q1 = assessments.addQuestion(quiz.id(), QuestionDetails.singleChoice("Q1",
                List.of(QuestionOption.of("a", "A"), QuestionOption.of("b", "B"), QuestionOption.of("c", "C")), "a"));
        Question q2 = assessments.addQuestion(quiz.id(), QuestionDetails.trueFalse("Q2", true));
        Question q3 = assessments.addQuestion(quiz.id(), QuestionDetails.multipleChoice("Q3",
                List.of(QuestionOption.of("x", "X"), QuestionOption.of("y", "Y"), QuestionOption.of("z", "Z")), "x", "y")
                .withPoints(2));
        UUID l2 = UUID.randomUUID();
        assertEquals(100.0, take(quiz, UUID.randomUUID(), q1, q2, q3, "a", true, List.of("x", "y"), 10, 20, 30).percent());
        assertEquals(25.0, take(quiz, l2, q1, q2, q3, "a", false, List.of("x"), 20, 10, 40).percent());
        assertEquals(75.0, take(quiz, UUID.randomUUID(), q1, q2, q3, "b", true, List.of("x", "y"), 30, 30, 50).percent());
        assertEquals(0.0, take(quiz, UUID.randomUUID(), q1, q2, q3, "c", false, List.of("y", "z"), 40, 20, 60).percent());
        assertEquals(50.0, take(quiz, l2, q1, q2, q3, "a", true, List.of("x"), 5, 5, 5).percent());
        assessments.startAttempt(quiz.id(), UUID.randomUUID()); // in progress: never counted

        var first = statements.count(() -> reports.assessmentStatistics(quiz.id(), AttemptSelection.FIRST_ATTEMPTS));
        kit().expected("assessment statistics").assertMatches(first);
        // percents 100, 25, 75, 0: mean 50, 2 of 4 passed
        assertEquals(new AssessmentStatistics(quiz.id(), AttemptSelection.FIRST_ATTEMPTS, 4, 4, 50.0, 50.0,
                List.of(1L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 1L), List.of(
                        // x 1,1,0,0; y 3,0,3,0: Σx 2, Σy 6, Σy² 18, Σxy 3: r = (12 − 12) / √(4·36) = 0
                        new QuestionStatistics(q1.id(), 1, 4, 50.0, 0.0, Duration.ofSeconds(25),
                                List.of(new OptionCount("a", 2), new OptionCount("b", 1), new OptionCount("c", 1))),
                        new QuestionStatistics(q2.id(), 2, 4, 50.0, 0.8944, Duration.ofSeconds(20),
                                List.of(new OptionCount("true", 2), new OptionCount("false", 2))),
                        // x 1,0,1,0; y 2,1,1,0: Σx 2, Σy 4, Σy² 6, Σxy 3: r = (12 − 8) / √(4·8) = 0.7071
                        new QuestionStatistics(q3.id(), 3, 4, 50.0, 0.7071, Duration.ofSeconds(45),
                                List.of(new OptionCount("x", 3), new OptionCount("y", 3), new OptionCount("z", 1))))),
                first.result());

        var all = statements.count(() -> reports.assessmentStatistics(quiz.id(), AttemptSelection.ALL_ATTEMPTS));
        kit().expected("assessment statistics").assertMatches(all);
        // percents 100, 25, 75, 0, 50: mean 50, 3 of 5 passed
        assertEquals(new AssessmentStatistics(quiz.id(), AttemptSelection.ALL_ATTEMPTS, 5, 4, 50.0, 60.0,
                List.of(1L, 0L, 1L, 0L, 0L, 1L, 0L, 1L, 0L, 1L), List.of(
                        // x 1,1,0,0,1; y 3,0,3,0,1: Σx 3, Σy 7, Σy² 19, Σxy 4: r = (20 − 21) / √(6·46) = −0.0602
                        new QuestionStatistics(q1.id(), 1, 5, 60.0, -0.0602, Duration.ofSeconds(21),
                                List.of(new OptionCount("a", 3), new OptionCount("b", 1), new OptionCount("c", 1))),
                        // x 1,0,1,0,1; y 3,1,2,0,1: Σx 3, Σy 7, Σy² 15, Σxy 6: r = (30 − 21) / √(6·26) = 0.7206
                        new QuestionStatistics(q2.id(), 2, 5, 60.0, 0.7206, Duration.ofSeconds(17),
                                List.of(new OptionCount("true", 3), new OptionCount("false", 2))),
                        // x 1,0,1,0,0; y 2,1,1,0,2: Σx 2, Σy 6, Σy² 10, Σxy 3: r = (15 − 12) / √(6·14) = 0.3273
                        new QuestionStatistics(q3.id(), 3, 5, 40.0, 0.3273, Duration.ofSeconds(37),
                                List.of(new OptionCount("x", 4), new OptionCount("y", 3), new OptionCount("z", 1))))),
                all.result());
    }

    @Test
    void assessmentStatisticsWithoutAttemptsHaveNoAveragesAndUnknownAssessmentsAreNotFound() {
        Course course = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("empty"), "Empty").build());
        Assessment quiz = assessments.createCourseAssessment(course.id(), AssessmentDetails.builder(AssessmentKind.EXAM, "Unseen").build());
        Question text = assessments.addQuestion(quiz.id(), QuestionDetails.shortText("Name it", "it"));

        assertEquals(new AssessmentStatistics(quiz.id(), AttemptSelection.ALL_ATTEMPTS, 0, 0, null, null,
                        List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                        List.of(new QuestionStatistics(text.id(), 1, 0, null, null, Duration.ZERO, List.of()))),
                reports.assessmentStatistics(quiz.id(), AttemptSelection.ALL_ATTEMPTS));
        UUID unknown = UUID.randomUUID();
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> reports.assessmentStatistics(unknown, AttemptSelection.FIRST_ATTEMPTS));
        assertEquals("assessment", missing.entity());
        assertEquals("selection", assertThrows(InvalidInputException.class,
                () -> reports.assessmentStatistics(quiz.id(), null)).field());
    }

    private Attempt take(Assessment quiz, UUID learner, Question q1, Question q2, Question q3,
                         String pick1, boolean pick2, List<String> pick3, int seconds1, int seconds2, int seconds3) {
        Attempt attempt = assessments.startAttempt(quiz.id(), learner);
        assessments.answer(attempt.id(), q1.id(), Response.Choices.of(pick1), Duration.ofSeconds(seconds1));
        assessments.answer(attempt.id(), q2.id(), new Response.Truth(pick2), Duration.ofSeconds(seconds2));
        assessments.answer(attempt.id(), q3.id(), new Response.Choices(Set.copyOf(pick3)), Duration.ofSeconds(seconds3));
        return assessments.submitAttempt(attempt.id());
    }

    // ---------------------------------------------------------------- course performance

    @Test
    void coursePerformanceCountsEnrollmentsProgressAndTheEnrolledLearnersLessonTime() {
        String tag = CatalogContract.word();
        Course measured = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("perf"), "Perf A").tags(tag).build());
        CourseModule module = catalog.addModule(measured.id(), ModuleDetails.of("Only"));
        Lesson first = catalog.addLesson(module.id(), LessonDetails.builder("First").build());
        Lesson second = catalog.addLesson(module.id(), LessonDetails.builder("Second").build());
        catalog.publishCourse(measured.id());
        Course quiet = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("perf"), "Perf B").tags(tag).build());
        Course deleted = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("perf"), "Perf C").tags(tag).build());
        catalog.deleteCourse(deleted.id());

        UUID finisher = learners.createAnonymous().id();
        progress.enroll(finisher, measured.id());
        study(finisher, first, Duration.ofMinutes(10), true);
        study(finisher, second, Duration.ofMinutes(20), true);
        UUID halfway = learners.createAnonymous().id();
        progress.enroll(halfway, measured.id());
        study(halfway, first, Duration.ofMinutes(5), true);
        UUID leaver = learners.createAnonymous().id();
        progress.enroll(leaver, measured.id());
        study(leaver, first, Duration.ofMinutes(3), false);
        progress.drop(leaver, measured.id());

        var one = statements.count(() -> reports.coursePerformance(measured.id()));
        kit().expected("course performance").assertMatches(one);
        // 3 enrolled (one each active, completed, dropped); progress 100, 50, 0; 38 minutes over 3 learners
        CoursePerformance expected = new CoursePerformance(measured.id(), "Perf A", 3, 1, 1, 33.33, 50.0, Duration.ofMillis(760_000));
        assertEquals(expected, one.result());

        CourseQuery query = CourseQuery.all().withTag(tag);
        var page = statements.count(() -> reports.coursePerformance(query, PageRequest.ofSize(10)));
        kit().expected("course performance page").assertMatches(page);
        CoursePerformance none = new CoursePerformance(quiet.id(), "Perf B", 0, 0, 0, 0.0, 0.0, Duration.ZERO);
        List<UUID> listed = catalog.listCourses(query, PageRequest.ofSize(10)).content().stream().map(Course::id).toList();
        assertEquals(Set.of(measured.id(), quiet.id()), Set.copyOf(listed));
        Map<UUID, CoursePerformance> byCourse = Map.of(measured.id(), expected, quiet.id(), none);
        assertEquals(listed.stream().map(byCourse::get).toList(), page.result().content());
        assertEquals(2, page.result().totalElements());
        Page<CoursePerformance> secondPage = reports.coursePerformance(query, PageRequest.ofPage(2, 1));
        assertEquals(2, secondPage.totalElements());
        assertEquals(List.of(page.result().content().get(1)), secondPage.content());
        assertEquals(0, reports.coursePerformance(CourseQuery.all().withTag(CatalogContract.word()), PageRequest.ofSize(5))
                .totalElements());

        assertEquals("course", assertThrows(NotFoundException.class, () -> reports.coursePerformance(deleted.id())).entity());
        assertEquals("course", assertThrows(NotFoundException.class, () -> reports.coursePerformance(UUID.randomUUID())).entity());
    }

    private void study(UUID learner, Lesson lesson, Duration time, boolean complete) {
        progress.startLesson(learner, lesson.id());
        progress.recordTime(learner, lesson.id(), time);
        if (complete) {
            progress.completeLesson(learner, lesson.id());
        }
    }

    // ---------------------------------------------------------------- growth

    /**
     * Learners and enrollments in late 2019 and early 2020, before anything else in this group's
     * database. 2020-01-31T23:30Z is still January in UTC, and already February in Paris (UTC+1).
     */
    @Test
    void growthCountsNewLearnersAndEnrollmentsPerMonthInTheCallersZone() {
        Instant restore = clock.instant();
        at("2019-11-15T12:00:00Z");
        learners.createAnonymous();
        Course course = catalog.publishCourse(catalog.createCourse(
                CourseDetails.builder(CatalogContract.slug("growth"), "Growth").build()).id());
        at("2020-01-10T08:00:00Z");
        UUID january = learners.createAnonymous().id();
        progress.enroll(january, course.id());
        at("2020-01-31T23:30:00Z");
        UUID lateJanuary = learners.createAnonymous().id();
        progress.enroll(lateJanuary, course.id());
        at("2020-03-02T00:00:00Z");
        UUID march = learners.createAnonymous().id();
        UUID merged = learners.createAnonymous().id();
        learners.merge(march, merged);
        clock.advance(Duration.between(clock.instant(), restore));

        var utc = statements.count(() -> reports.growth(YearMonth.of(2019, 12), YearMonth.of(2020, 3)));
        kit().expected("growth").assertMatches(utc);
        assertEquals(new Growth(ZoneOffset.UTC, List.of(
                new Growth.Month(YearMonth.of(2019, 12), 0, 1, 0),
                new Growth.Month(YearMonth.of(2020, 1), 2, 3, 2),
                new Growth.Month(YearMonth.of(2020, 2), 0, 3, 0),
                new Growth.Month(YearMonth.of(2020, 3), 1, 4, 0))), utc.result());

        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals(new Growth(paris, List.of(
                new Growth.Month(YearMonth.of(2020, 1), 1, 2, 1),
                new Growth.Month(YearMonth.of(2020, 2), 1, 3, 1))), reports.growth(YearMonth.of(2020, 1), YearMonth.of(2020, 2), paris));

        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> reports.growth(YearMonth.of(2020, 2), YearMonth.of(2020, 1))).field());
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> reports.growth(YearMonth.of(2000, 1), YearMonth.of(2010, 1))).field());
        assertEquals(Reports.MAX_GROWTH_MONTHS, reports.growth(YearMonth.of(2000, 1), YearMonth.of(2009, 12)).months().size());
        assertEquals("zone", assertThrows(InvalidInputException.class,
                () -> reports.growth(YearMonth.of(2020, 1), YearMonth.of(2020, 1), null)).field());
    }

    private void at(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    // ---------------------------------------------------------------- learner engagement and projects

    /**
     * A May 2021 cohort, after the growth test's months. Ada: two enrollments, 10 + 5 minutes in
     * lessons, two projects in the course whose achievement is one project there; last worked in a
     * course on 12 May. Bo: one enrollment and a project elsewhere, signed in on 25 May, after his
     * last course access. Cy: nothing of her own; Dee, merged into her, hands her Dee's later last
     * sign-in (21 May) and is no longer listed. Before 1 May and from 1 June: outside the cohort.
     */
    @Test
    void learnerEngagementSumsEachLearnersEnrollmentsProjectsAchievementsAndLessonTime() {
        Instant restore = clock.instant();
        at("2021-04-30T23:59:59Z");
        learners.createAnonymous();
        at("2021-05-02T08:00:00Z");
        Course measured = catalog.createCourse(CourseDetails.builder(CatalogContract.slug("engaged"), "Engaged").build());
        CourseModule module = catalog.addModule(measured.id(), ModuleDetails.of("Only"));
        Lesson first = catalog.addLesson(module.id(), LessonDetails.builder("First").build());
        Lesson second = catalog.addLesson(module.id(), LessonDetails.builder("Second").build());
        catalog.publishCourse(measured.id());
        Course elsewhere = catalog.publishCourse(catalog.createCourse(
                CourseDetails.builder(CatalogContract.slug("elsewhere"), "Elsewhere").build()).id());
        store.engagement().achievements().define(new AchievementDetails(CatalogContract.slug("builder"), "Builder", null,
                "badge", AchievementCriteria.of(AchievementMetric.PROJECTS_CREATED, 1).inCourse(measured.id()), 0, null));
        at("2021-05-03T09:00:00Z");
        UUID ada = learners.createAnonymous().id();
        at("2021-05-04T12:00:00Z");
        UUID bo = learners.createAnonymous().id();
        at("2021-05-04T12:30:00Z");
        progress.enroll(bo, elsewhere.id());
        String kinds = CatalogContract.word();
        String app = kinds + "-app";
        String essay = kinds + "-essay";
        store.engagement().projects().create(bo, elsewhere.id(), ProjectDetails.builder("Bo's app", app).build());
        at("2021-05-10T10:00:00Z");
        progress.enroll(ada, measured.id());
        study(ada, first, Duration.ofMinutes(10), false);
        study(ada, second, Duration.ofMinutes(5), false);
        at("2021-05-11T10:00:00Z");
        store.engagement().projects().create(ada, measured.id(),
                ProjectDetails.builder("Ada's app", app).externalToken("token-" + CatalogContract.word()).build());
        store.engagement().projects().create(ada, measured.id(), ProjectDetails.builder("Ada's essay", essay).build());
        at("2021-05-12T08:00:00Z");
        progress.enroll(ada, elsewhere.id());
        at("2021-05-20T07:00:00Z");
        UUID cy = learners.createAnonymous().id();
        at("2021-05-21T07:00:00Z");
        UUID dee = learners.createAnonymous().id();
        learners.merge(cy, dee);
        at("2021-05-25T18:00:00Z");
        learners.resolveSession(learners.openSession(bo, Duration.ofDays(1), null, null).token());
        at("2021-06-01T00:00:00Z");
        learners.createAnonymous();
        clock.advance(Duration.between(clock.instant(), restore));

        Instant may = Instant.parse("2021-05-01T00:00:00Z");
        Instant june = Instant.parse("2021-06-01T00:00:00Z");
        var cohort = statements.count(() -> reports.learnerEngagement(may, june, PageRequest.ofSize(10)));
        kit().expected("learner engagement").assertMatches(cohort);
        LearnerEngagement adaFigures = new LearnerEngagement(ada, Instant.parse("2021-05-03T09:00:00Z"), 2, 2, 1,
                Duration.ofMinutes(15), Instant.parse("2021-05-12T08:00:00Z"));
        LearnerEngagement boFigures = new LearnerEngagement(bo, Instant.parse("2021-05-04T12:00:00Z"), 1, 1, 0,
                Duration.ZERO, Instant.parse("2021-05-25T18:00:00Z"));
        LearnerEngagement cyFigures = new LearnerEngagement(cy, Instant.parse("2021-05-20T07:00:00Z"), 0, 0, 0,
                Duration.ZERO, Instant.parse("2021-05-21T07:00:00Z"));
        assertEquals(new Page<>(List.of(adaFigures, boFigures, cyFigures), PageRequest.ofSize(10), 3), cohort.result());
        assertEquals(new Page<>(List.of(cyFigures), PageRequest.ofPage(2, 2), 3),
                reports.learnerEngagement(may, june, PageRequest.ofPage(2, 2)));
        assertEquals(new Page<>(List.of(), PageRequest.ofPage(Long.MAX_VALUE, 500), 3),
                reports.learnerEngagement(may, june, PageRequest.ofPage(Long.MAX_VALUE, 500)));

        assertEquals("joinedTo", assertThrows(InvalidInputException.class,
                () -> reports.learnerEngagement(june, may, PageRequest.ofSize(10))).field());
        assertEquals("joinedTo", assertThrows(InvalidInputException.class,
                () -> reports.learnerEngagement(may, may, PageRequest.ofSize(10))).field());
        assertEquals("joinedFrom", assertThrows(InvalidInputException.class,
                () -> reports.learnerEngagement(null, june, PageRequest.ofSize(10))).field());
        assertEquals("page", assertThrows(InvalidInputException.class,
                () -> reports.learnerEngagement(may, june, null)).field());

        // kinds of this test's own: two apps (one with a token) and an essay, among other groups' kinds where they share a database
        var overall = statements.count(() -> reports.projectCompletion());
        kit().expected("project completion").assertMatches(overall);
        assertEquals(List.of(new ProjectCompletion(app, 2, 1, 50.0), new ProjectCompletion(essay, 1, 0, 0.0)),
                overall.result().stream().filter(kind -> kind.kind().startsWith(kinds)).toList());
        List<String> listed = overall.result().stream().map(ProjectCompletion::kind).toList();
        assertEquals(listed.stream().sorted().toList(), listed);
        var ofCourse = statements.count(() -> reports.projectCompletion(measured.id()));
        kit().expected("project completion of a course").assertMatches(ofCourse);
        assertEquals(List.of(new ProjectCompletion(app, 1, 1, 100.0), new ProjectCompletion(essay, 1, 0, 0.0)),
                ofCourse.result());
        assertEquals(List.of(new ProjectCompletion(app, 1, 0, 0.0)), reports.projectCompletion(elsewhere.id()));
        assertEquals("course", assertThrows(NotFoundException.class,
                () -> reports.projectCompletion(UUID.randomUUID())).entity());
    }

    // ---------------------------------------------------------------- health

    @Test
    void healthSaysTheDatabaseAnswersWithItsSchemaVersionAndTheBackend() {
        String backend = BACKEND_NAMES.get(kit().countsColumn());

        var health = statements.count(store::health);

        kit().expected("health").assertMatches(health);
        assertEquals(new StoreHealth(backend, true, SCHEMA_VERSION), health.result());
    }

    @Test
    void healthOfAClosedStoreSaysItIsUnavailableWithoutThrowing() {
        LearningStore closed = kit().openStore(new StoreOptions(clock, StatementListener.NONE));
        closed.close();

        assertEquals(new StoreHealth(BACKEND_NAMES.get(kit().countsColumn()), false, null), closed.health());
    }
}
