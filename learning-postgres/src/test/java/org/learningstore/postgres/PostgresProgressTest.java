package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/**
 * Progress on PostgreSQL below what the contract can see: seats kept apart from the course's
 * version, time added in SQL under concurrency, the fixed statement counts of the dashboard, the
 * study candidates and the stats, and the indexes the reads use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresProgressTest {
    private final ThreadLocal<List<String>> sent = new ThreadLocal<>();
    private PostgresTestDatabases.TestDatabase database;
    private LearningStore store;

    @BeforeAll
    void open() {
        database = PostgresTestDatabases.freshDatabase();
        var options = new StoreOptions(Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC), sql -> {
            List<String> statements = sent.get();
            if (statements != null) {
                statements.add(sql);
            }
        });
        store = PostgresStores.open(database.jdbcUrl(), database.user(), database.password(), options);
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- seats

    @Test
    void seatsMoveWithoutTouchingTheCoursesVersionAndSurviveACourseEdit() throws SQLException {
        Course course = publishedCourse(3).course();
        Learner first = learner();
        Learner second = learner();

        store.progress().enroll(first.id(), course.id());
        store.progress().enroll(second.id(), course.id());
        Course stored = store.catalog().findCourse(course.id()).orElseThrow();
        assertEquals(course.version(), stored.version(), "a seat is no edit of the course");
        assertEquals(2, enrolledCount(course.id()));

        store.catalog().updateCourse(course.id(), stored.version(), stored.details().toBuilder().title("Renamed").build());
        assertEquals(2, enrolledCount(course.id()), "a course update does not write the seats back");
        store.progress().drop(first.id(), course.id());
        store.progress().drop(first.id(), course.id());
        assertEquals(1, enrolledCount(course.id()), "a drop gives its seat back once");
        assertEquals(course.version() + 1, store.catalog().findCourse(course.id()).orElseThrow().version());
    }

    // ---------------------------------------------------------------- lesson time

    @Test
    void concurrentTimeAdditionsAllCountAndLeaveTheVersionAlone() throws Exception {
        Track track = publishedCourse(null);
        Learner learner = learner();
        Lesson lesson = track.lessons().get(0);
        store.progress().startLesson(learner.id(), lesson.id());
        long version = store.progress().lessonProgress(learner.id(), lesson.id()).orElseThrow().version();

        // A guarded edit fails only when another edit committed since it read, so each caller fails at most
        // once per other caller: as many callers as write attempts all get through, however slow the machine.
        int callers = ConnectionSettings.DEFAULTS.writeAttempts();
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                done.add(threads.submit(() -> {
                    store.progress().recordTime(learner.id(), lesson.id(), Duration.ofSeconds(5));
                    store.progress().savePosition(learner.id(), lesson.id(), "{\"at\": 1}");
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }

        LessonProgress stored = store.progress().lessonProgress(learner.id(), lesson.id()).orElseThrow();
        assertEquals(Duration.ofSeconds(5L * callers), stored.timeSpent(), "no addition lost to a concurrent edit");
        assertEquals(version + callers, stored.version(), "each position edit steps it once; time additions never");
        assertEquals("{\"at\": 1}", stored.lastPosition(), "read back exactly as written");
    }

    // ---------------------------------------------------------------- fixed statement counts

    @Test
    void theDashboardIsOneStatementOnItsIndexAndAPagePastTheEndCountsApart() throws SQLException {
        Learner learner = learner();
        for (int i = 0; i < 3; i++) {
            store.progress().enroll(learner.id(), publishedCourse(null).course().id());
        }

        List<String> statements = statements(() -> store.progress().dashboard(learner.id(), PageRequest.ofSize(2)));
        assertEquals(1, statements.size(), statements.toString());
        Page<DashboardEntry> past = store.progress().dashboard(learner.id(), PageRequest.ofPage(5, 2));
        assertEquals(List.of(), past.content());
        assertEquals(3, past.totalElements());
        assertEquals(2, statements(() -> store.progress().dashboard(learner.id(), PageRequest.ofPage(5, 2))).size());

        fillEnrollments();
        String plan = explain(statements.get(0), learner.id(), 0, 2);
        assertTrue(plan.contains("enrollments_dashboard_idx"), plan);
        assertFalse(plan.contains("Sort"), "the index gives the order: " + plan);
    }

    @Test
    void theNextStudyQuestionsArePickedInOneStatementOnTheScopesAndTheLearnersIndexesInThePlanKeptForIt() throws SQLException {
        Learner learner = learner();
        Track track = publishedCourse(null);
        Assessment quiz = store.assessments().createCourseAssessment(track.course().id(),
                AssessmentDetails.builder(AssessmentKind.PRACTICE, "Bank").build());
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            questions.add(store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("Q" + i, true)));
        }
        StudySession session = store.progress().startStudySession(learner.id(), StudyScope.course(track.course().id()),
                StudyMode.PRACTICE, 1, 5);
        List<String> fresh = statements(() -> store.progress().nextQuestions(session.id(), 10));

        take(quiz, learner, questions, 2);
        store.progress().answerPractice(session.id(), questions.get(5).id(), new Response.Truth(false), null);
        List<String> answered = statements(() -> store.progress().nextQuestions(session.id(), 10));

        assertEquals(2, answered.size(), "the session, then the pick: " + answered);
        assertEquals(fresh, answered);
        List<UUID> next = store.progress().nextQuestions(session.id(), 10).stream().map(q -> q.id()).toList();
        assertEquals(List.of(questions.get(0).id(), questions.get(1).id(), questions.get(5).id(),
                questions.get(2).id(), questions.get(3).id(), questions.get(4).id()), next,
                "wrong first (both attempt answers and the practice one), then the rest");
        assertEquals(List.of(questions.get(0).id(), questions.get(1).id()),
                store.progress().nextQuestions(session.id(), 2).stream().map(q -> q.id()).toList());

        fillPracticeAnswers();
        fillQuestions(publishedCourse(null).course().id());
        String pick = answered.get(1);
        // the range, the scope, the learner (for the study state), the count
        String plan = explainGeneric(pick, 1, 5, track.course().id(), learner.id(), 10);
        assertTrue(plan.contains("assessments_course_idx"), plan);
        assertTrue(plan.contains("questions_assessment_position_key"), plan);
        assertFalse(plan.contains("Seq Scan on questions"), "no question outside the scope is read: " + plan);
        assertTrue(plan.contains("learner_question_state_pkey"), "each question's last answer from the study state, by key: " + plan);
        assertFalse(plan.contains(" on attempts") || plan.contains(" on answers") || plan.contains(" on practice_answers"),
                "never the learner's history: " + plan);
        assertTrue(plan.contains("Index Scan using questions_pkey"), "only the picked questions are read whole: " + plan);
    }

    @Test
    void statsTakeAFixedNumberOfStatements() {
        Learner idle = learner();
        Learner busy = learner();
        Track track = publishedCourse(null);
        Assessment quiz = store.assessments().createCourseAssessment(track.course().id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").passingScore(50).build());
        Question question = store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("?", true));
        for (Lesson lesson : track.lessons()) {
            store.progress().completeLesson(busy.id(), lesson.id());
        }
        take(quiz, busy, List.of(question), 0);
        take(quiz, busy, List.of(question), 1);

        List<String> none = statements(() -> store.progress().stats(idle.id()));
        List<String> some = statements(() -> store.progress().stats(busy.id()));

        assertEquals(none.size(), some.size(), some.toString());
        var stats = store.progress().stats(busy.id());
        assertEquals(track.lessons().size(), stats.lessonsCompleted());
        assertEquals(1, stats.assessmentsPassed());
        assertEquals(50.0, stats.averageScore());
        assertEquals(1, stats.streakDays());
    }

    @Test
    void aLessonQuizSubmitReadsTheLearnersProgressInTwoStatementsWhateverTheQuestionsAndHistory() {
        List<String> fresh = lessonQuizSubmit(2, false);
        List<String> seasoned = lessonQuizSubmit(9, true);

        assertEquals(fresh.size(), seasoned.size(), seasoned.toString());
        assertEquals(1, seasoned.stream().filter(sql -> sql.startsWith("select")).count(), "mastery: " + seasoned);
        assertEquals(4 + 3, seasoned.stream().filter(sql -> sql.startsWith("SELECT")).count(),
                "lock, attempt head with the learner, questions, answers; the enrollment, published lessons and lesson"
                        + " progress in one; the rewards' read: metrics against the active definitions, active days: "
                        + seasoned);
        assertEquals(7 + 3, seasoned.size() - 8, "attempt, answers, study state, stats, lesson progress, mastery, enrollment; "
                + "the pass's and the lesson's XP entries in one insert and the total they moved in one update, "
                + "the attempt's and the lesson's events in one insert: " + seasoned);
        assertTrue(seasoned.get(0).contains("FOR NO KEY UPDATE"), "the attempt is locked first: " + seasoned.get(0));
    }

    @Test
    void aLessonQuizSubmitOfAnUnknownLearnerReadsOnlyTheAttempt() {
        Track track = publishedCourse(null);
        Assessment quiz = store.assessments().createLessonAssessment(track.lessons().get(0).id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").build());
        Skill skill = store.catalog().createSkill(SkillDetails.of("Unknown " + UUID.randomUUID()), null);
        Question question = store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("?", true).withSkill(skill.id()));
        Attempt attempt = store.assessments().startAttempt(quiz.id(), UUID.randomUUID());
        store.assessments().answer(attempt.id(), question.id(), new Response.Truth(true), Duration.ofSeconds(1));

        List<String> submit = statements(() -> store.assessments().submitAttempt(attempt.id()));

        assertEquals(4 + 2, submit.stream().filter(sql -> sql.startsWith("SELECT")).count(),
                "lock, attempt head, questions, answers; the rewards' reads: active days, metrics: " + submit);
        assertEquals(4 + 2 + 4, submit.size(),
                "the rewards' read; attempt, answers, study state, stats and nothing of a learner's progress or rewards: " + submit);
    }

    /**
     * The statements of a passing submit of a lesson quiz by an enrolled learner; with history,
     * after the course's other lessons were completed and a failed attempt stored progress and
     * mastery, so that the submit completes the course.
     */
    private List<String> lessonQuizSubmit(int questionCount, boolean history) {
        Track track = publishedCourse(null);
        Learner learner = learner();
        store.progress().enroll(learner.id(), track.course().id());
        Lesson lesson = track.lessons().get(0);
        Assessment quiz = store.assessments().createLessonAssessment(lesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Q").build());
        Skill skill = store.catalog().createSkill(SkillDetails.of("Submit " + UUID.randomUUID()), null);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < questionCount; i++) {
            questions.add(store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("Q" + i, true).withSkill(skill.id())));
        }
        if (history) {
            track.lessons().subList(1, track.lessons().size()).forEach(other -> store.progress().completeLesson(learner.id(), other.id()));
            assertFalse(take(quiz, learner, questions, questionCount).passed());
        }
        Attempt attempt = store.assessments().startAttempt(quiz.id(), learner.id());
        questions.forEach(q -> store.assessments().answer(attempt.id(), q.id(), new Response.Truth(true), Duration.ofSeconds(1)));

        List<String> submit = statements(() -> store.assessments().submitAttempt(attempt.id()));

        assertEquals(LessonStatus.COMPLETED, store.progress().lessonProgress(learner.id(), lesson.id()).orElseThrow().status());
        assertEquals(history ? 2 * questionCount : questionCount, mastery(learner, skill).answers());
        assertEquals(history ? EnrollmentStatus.COMPLETED : EnrollmentStatus.ACTIVE,
                store.progress().enrollment(learner.id(), track.course().id()).orElseThrow().status());
        return submit;
    }

    // ---------------------------------------------------------------- helpers

    private record Track(Course course, List<Lesson> lessons) {
    }

    private Track publishedCourse(Integer maxStudents) {
        var catalog = store.catalog();
        Course course = catalog.createCourse(CourseDetails.builder("p-" + UUID.randomUUID(), "Course " + UUID.randomUUID())
                .maxStudents(maxStudents).build());
        CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("M"));
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lessons.add(catalog.addLesson(module.id(), LessonDetails.builder("L" + i).build()));
        }
        return new Track(catalog.publishCourse(course.id()), lessons);
    }

    private Learner learner() {
        return store.learners().createAnonymous();
    }

    /** Starts, answers the first {@code wrong} questions wrong and the rest right, submits. */
    private Attempt take(Assessment quiz, Learner learner, List<Question> questions, int wrong) {
        var assessments = store.assessments();
        Attempt attempt = assessments.startAttempt(quiz.id(), learner.id());
        for (int i = 0; i < questions.size(); i++) {
            assessments.answer(attempt.id(), questions.get(i).id(), new Response.Truth(i >= wrong), Duration.ofSeconds(5));
        }
        return assessments.submitAttempt(attempt.id());
    }

    private SkillMastery mastery(Learner learner, Skill skill) {
        return store.progress().mastery(learner.id()).stream().filter(m -> m.skillId().equals(skill.id())).findFirst().orElseThrow();
    }

    private long enrolledCount(UUID courseId) throws SQLException {
        return Long.parseLong(single("SELECT enrolled_count FROM courses WHERE id = ?", courseId));
    }

    /** Many other learners' enrollments, so that the planner prefers an index where one serves. */
    private void fillEnrollments() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO learners (id, kind, academic_level, total_xp, preferences, metadata, created_at,
                                          last_active_at, version)
                    SELECT md5('filler' || n)::uuid, 'anonymous', 'beginner', 0, '{}', '{}', now(), now(), 1
                    FROM generate_series(1, 5000) AS n ON CONFLICT DO NOTHING""");
            statement.execute("""
                    INSERT INTO enrollments (id, course_id, learner_id, status, enrolled_at, progress_percent,
                                             last_accessed_at, version)
                    SELECT gen_random_uuid(), c.id, md5('filler' || n)::uuid, 'active', now() - n * interval '1 second', 0,
                           now(), 1
                    FROM generate_series(1, 5000) AS n, (SELECT id FROM courses LIMIT 3) AS c
                    ON CONFLICT DO NOTHING""");
            statement.execute("ANALYZE");
        }
    }

    /** Many other learners' attempts and practice answers. */
    private void fillPracticeAnswers() throws SQLException {
        fillEnrollments();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO study_sessions (id, learner_id, scope_kind, course_id, skill_ids, mode, min_difficulty,
                                                max_difficulty, started_at, answered, correct, time_spent_ms, version)
                    SELECT md5('session' || n)::uuid, md5('filler' || n)::uuid, 'course', (SELECT id FROM courses LIMIT 1),
                           '[]', 'practice', 1, 5, now(), 0, 0, 0, 1
                    FROM generate_series(1, 5000) AS n ON CONFLICT DO NOTHING""");
            statement.execute("""
                    INSERT INTO practice_answers (id, session_id, learner_id, question_id, response, correct, points,
                                                  answered_at, time_spent_ms)
                    SELECT gen_random_uuid(), md5('session' || n)::uuid, md5('filler' || n)::uuid, q.id,
                           '{"kind": "true_false", "value": true}', true, 1, now(), 0
                    FROM generate_series(1, 5000) AS n, (SELECT id FROM questions LIMIT 4) AS q""");
            statement.execute("""
                    INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct)
                    SELECT DISTINCT ON (p.learner_id, p.question_id) p.learner_id, p.question_id, p.answered_at, p.correct
                    FROM practice_answers p ORDER BY p.learner_id, p.question_id, p.answered_at DESC, p.correct
                    ON CONFLICT DO NOTHING""");
            statement.execute("""
                    INSERT INTO attempts (id, assessment_id, learner_id, number, status, started_at, question_order, version)
                    SELECT gen_random_uuid(), a.id, md5('filler' || n)::uuid, 1, 'submitted', now(), '[]', 1
                    FROM generate_series(1, 5000) AS n, (SELECT id FROM assessments LIMIT 2) AS a""");
            statement.execute("ANALYZE");
        }
    }

    /** Another course's many assessments and questions, so a scan of every question costs what it would in a store in use. */
    private void fillQuestions(UUID course) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO assessments (id, course_id, kind, title, passing_score, randomize_questions, show_answers,
                                             partial_credit, version, created_at, updated_at)
                    SELECT md5('bank' || n)::uuid, '%s', 'practice', 'Bank', 70, false, 'never', false, 1, now(), now()
                    FROM generate_series(1, 1000) AS n ON CONFLICT DO NOTHING""".formatted(course));
            statement.execute("""
                    INSERT INTO questions (id, assessment_id, position, kind, prompt, options, answer_key, points,
                                           difficulty, version, created_at, updated_at)
                    SELECT gen_random_uuid(), md5('bank' || n)::uuid, p, 'true_false', 'Filler', '[]',
                           '{"kind": "true_false", "value": true}', 1, 1 + p % 5, 1, now(), now()
                    FROM generate_series(1, 1000) AS n, generate_series(1, 20) AS p ON CONFLICT DO NOTHING""");
            statement.execute("ANALYZE");
        }
    }

    private Connection connect() throws SQLException {
        return database.connectToStoreSchema();
    }

    private String single(String sql, Object parameter) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getString(1);
            }
        }
    }

    private String explain(String sql, Object... parameters) throws SQLException {
        return plan("default", sql, parameters);
    }

    /**
     * The plan PostgreSQL keeps for a prepared statement once it settles on a generic one, the
     * parameters unknown to the planner: the plan most calls of a pooled connection run.
     */
    private String explainGeneric(String sql, Object... parameters) throws SQLException {
        return plan("force_generic_plan", sql, parameters);
    }

    private String plan(String planCacheMode, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); Statement settings = connection.createStatement();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            settings.execute("SET plan_cache_mode = " + planCacheMode);
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            var plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private List<String> statements(Supplier<?> call) {
        sent.set(new ArrayList<>());
        try {
            call.get();
            return List.copyOf(sent.get());
        } finally {
            sent.remove();
        }
    }
}
