package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.paging.CursorRequest;

/** The statements the store really sends use the indexes written for them (checked with EXPLAIN, not by belief). */
class PostgresQueryPlanTest {
    private static final List<String> sent = new ArrayList<>();
    private static PostgresTestDatabases.TestDatabase database;
    private static LearningStore store;

    @BeforeAll
    static void openWithManyCourses() throws SQLException {
        database = PostgresTestDatabases.freshDatabase();
        store = PostgresStores.open(database.jdbcUrl(), database.user(), database.password(),
                StoreOptions.defaults().withStatementListener(sent::add));
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO courses (id, slug, title, description, difficulty, estimated_minutes, status, featured,
                                         prerequisites, learning_objectives, version, created_at, updated_at)
                    SELECT gen_random_uuid(), 'course-' || n, 'Course ' || n, 'about topic' || n,
                           (ARRAY['beginner', 'intermediate', 'advanced'])[n % 3 + 1], 60,
                           (ARRAY['draft', 'published', 'archived'])[n % 3 + 1], false, '[]', '[]', 1, now(), now()
                    FROM generate_series(1, 5000) AS n""");
            // 25 quizzes taken once each by 200 learners: a learner's id alone does not find their
            // attempt at one quiz; about one attempt in ten is still in progress, with a deadline.
            statement.execute("""
                    INSERT INTO assessments (id, course_id, kind, title, passing_score, randomize_questions, show_answers,
                                             partial_credit, version, created_at, updated_at)
                    SELECT gen_random_uuid(), (SELECT id FROM courses ORDER BY slug LIMIT 1), 'quiz', 'Quiz ' || n, 70,
                           false, 'after_submit', false, 1, now() + n * interval '1 second', now()
                    FROM generate_series(1, 25) AS n""");
            statement.execute("""
                    INSERT INTO attempts (id, assessment_id, learner_id, number, status, started_at, deadline,
                                          question_order, version)
                    SELECT gen_random_uuid(), a.id, md5('learner' || l)::uuid, 1,
                           CASE WHEN l % 10 = 0 THEN 'in_progress' ELSE 'submitted' END, now(),
                           CASE WHEN l % 10 = 0 THEN now() + l * interval '1 minute' END, '[]', 1
                    FROM assessments a, generate_series(1, 200) AS l""");
            statement.execute("ANALYZE");
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void listingByStatusAndDifficultyOrderedByTitleUsesTheListingIndex() throws SQLException {
        String sql = statementOf(() -> store.catalog().listCourses(CourseQuery.all()
                .withStatus(CourseStatus.PUBLISHED).withDifficulty(Level.ADVANCED), CursorRequest.first(10)), "from courses");
        String plan = explain(sql, false, "published", "advanced", 11);
        assertTrue(plan.contains("courses_listing_idx"), plan);
        assertFalse(plan.contains("Sort"), "the index gives the order: " + plan);
    }

    @Test
    void searchUsesTheGinIndex() throws SQLException {
        String sql = statementOf(() -> store.catalog().searchCourses("topic4321", 10), "course_search");
        // A prefix match over 5,000 rows is still cheaper to scan in full; what matters is that the
        // statement as written can be served by the index, which holds when scans are priced out.
        String plan = explain(sql, true, "topic4321:*", "topic4321:*", 10);
        assertTrue(plan.contains("course_search_document_idx"), plan);
    }

    @Test
    void theOverdueSweepUsesThePartialOverdueIndexInDeadlineOrder() throws SQLException {
        String sql = statementOf(() -> store.assessments().expireOverdueAttempts(50), "from attempts");
        assertTrue(sql.contains("'in_progress'"), "the status is a literal the planner can match to the partial index: " + sql);
        String plan = explain(sql, false, OffsetDateTime.now(ZoneOffset.UTC), 50);
        assertTrue(plan.contains("attempts_overdue_idx"), plan);
        assertFalse(plan.contains("Sort"), "the index gives the order: " + plan);
    }

    @Test
    void theStartContextCountsTheLearnersAttemptsOnTheNumberKey() throws SQLException {
        UUID quiz;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id FROM assessments ORDER BY created_at LIMIT 1")) {
            row.next();
            quiz = row.getObject(1, UUID.class);
        }
        String sql = statementOf(() -> store.assessments().startAttempt(quiz, UUID.randomUUID()), "count(*) FROM attempts");
        UUID learner = UUID.randomUUID();
        String plan = explain(sql, false, learner, learner, learner, learner, learner, quiz);
        assertTrue(plan.contains("attempts_number_key"), plan);
        assertFalse(plan.contains("Seq Scan on attempts"), "the attempts so far are counted on the index: " + plan);
    }

    @Test
    void aThreadIsReadByItsRootInPathOrderFromTheThreadIndex() throws SQLException {
        String sql = statementOf(() -> assertThrows(NotFoundException.class,
                () -> store.engagement().discussions().thread(UUID.randomUUID())), "from discussion_posts");
        String plan = explain(sql, true, UUID.randomUUID());
        assertTrue(plan.contains("discussion_posts_thread_idx"), plan);
        assertFalse(plan.contains("Sort"), "the index, in the path's \"C\" collation, gives the thread order: " + plan);
    }

    @Test
    void theActiveDaysOfTheRewardsReadFindTheLearnersRowsByTheirIndexesAndRunOnlyWithAStreakDefinitionOn()
            throws SQLException {
        Course course = store.catalog().createCourse(CourseDetails.builder("streaks", "Streaks").build());
        Lesson lesson = store.catalog().addLesson(store.catalog().addModule(course.id(), ModuleDetails.of("Only")).id(),
                LessonDetails.builder("One").build());
        store.catalog().publishCourse(course.id());
        Learner learner = store.learners().register(LearnerProfile.withEmail("streaks@example.org", "Streaks"));
        String sql = statementOf(() -> store.progress().completeLesson(learner.id(), lesson.id()), "AS day");
        String learners = "{" + learner.id() + "}";
        Object[] parameters = {learners, 0L, learners, 0L, learners, 0L, learners, 0L};

        // A few rows are cheaper to scan; what matters is that the learners, one uuid[] parameter,
        // are an index condition the parts can use (a set from a JSON array is not), which shows
        // when scans are priced out.
        String plan = explain(sql, true, parameters);
        assertTrue(plan.contains("Index Scan using lesson_progress_pkey on lesson_progress p"), plan);
        assertTrue(plan.contains("Index Only Scan using practice_answers_learner_idx on practice_answers a"), plan);
        assertTrue(plan.contains("Index Cond: (learner_id = ANY"), plan);
        String run = explain("ANALYZE " + sql, true, parameters);
        assertTrue(run.contains("One-Time Filter"), "no streak definition is active: " + run);
        assertTrue(run.lines().filter(line -> line.contains(" Scan "))
                .filter(line -> !line.contains("achievement_definitions"))
                .allMatch(line -> line.endsWith("(never executed)")), "no part reads a row: " + run);
    }

    @Test
    void aQuestionsRemovalDeletesItsStudyStateRowsAndAnswersByKeyThroughTheAssessmentsAttempts() throws SQLException {
        UUID quiz;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id FROM assessments ORDER BY created_at LIMIT 1")) {
            row.next();
            quiz = row.getObject(1, UUID.class);
        }
        UUID question = store.assessments().addQuestion(quiz, QuestionDetails.trueFalse("Planned?", true)).id();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            // every attempt answered 20 questions of other quizzes, the quiz's also this one; one
            // state row per answer: enough rows that a read through either table would show
            statement.execute("""
                    INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms)
                    SELECT t.id, md5(t.id::text || n)::uuid, '{}', true, 1, now(), 1000
                    FROM attempts t, generate_series(1, 20) AS n""");
            statement.execute("INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms) "
                    + "SELECT t.id, '" + question + "', '{}', true, 1, now(), 1000 FROM attempts t WHERE t.assessment_id = '" + quiz + "'");
            statement.execute("""
                    INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct)
                    SELECT t.learner_id, n.question_id, now(), true FROM attempts t JOIN answers n ON n.attempt_id = t.id
                    ON CONFLICT DO NOTHING""");
            statement.execute("ANALYZE");
        }
        sent.clear();
        store.assessments().removeQuestion(question);
        List<String> deletes = sent.stream().filter(sql -> sql.startsWith("DELETE FROM learner_question_state")
                || sql.startsWith("DELETE FROM answers")).toList();
        assertEquals(2, deletes.size(), sent.toString());

        // since V12 neither table has an index on the question: each row is found by its key
        String state = explain(deletes.get(0), false, question, question, question);
        assertTrue(state.contains("learner_question_state_pkey"), state);
        assertTrue(state.contains("attempts_number_key"), state);
        assertFalse(state.contains("Seq Scan on learner_question_state"), state);
        String answers = explain(deletes.get(1), false, question, question);
        assertTrue(answers.contains("answers_pkey"), answers);
        assertTrue(answers.contains("attempts_number_key"), answers);
        assertFalse(answers.contains("Seq Scan on answers"), answers);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM learner_question_state");
            statement.execute("DELETE FROM answers");
        }
    }

    /** The first statement {@code call} sends that contains {@code marker}. */
    private static String statementOf(Runnable call, String marker) {
        sent.clear();
        call.run();
        return sent.stream().filter(sql -> sql.contains(marker)).findFirst().orElseThrow();
    }

    private static Connection connect() throws SQLException {
        return database.connectToStoreSchema();
    }

    private static String explain(String sql, boolean withoutSequentialScans, Object... parameters) throws SQLException {
        try (Connection connection = connect();
             Statement settings = connection.createStatement();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            settings.execute("SET enable_seqscan = " + !withoutSequentialScans);
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
}
