package org.learningstore.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.CourseSort;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.engagement.ThreadSort;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudyScopeKind;
import org.learningstore.core.progress.StudySession;
import org.learningstore.sqlite.internal.SqliteBackends;

/** The SQLite file's query plans use the indexes the schema made for them (checked with EXPLAIN, not believed). */
class SqliteQueryPlanTest {

    @TempDir
    Path dir;

    @Test
    void listingByStatusAndDifficultyInTitleOrderSearchesTheListingIndex() throws SQLException {
        CourseQuery query = CourseQuery.all().withStatus(CourseStatus.PUBLISHED).withDifficulty(Level.ADVANCED)
                .sortedBy(CourseSort.TITLE, false);
        String listing = sqlOf(store -> store.catalog().listCourses(query, PageRequest.ofSize(20)), "LIMIT ? OFFSET ?");

        String plan = plan(listing);

        assertTrue(plan.contains("SEARCH c USING INDEX courses_listing_idx (status=? AND difficulty=?)"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), "the index gives the order: " + plan);
    }

    @Test
    void searchQueriesTheFts5Index() throws SQLException {
        String search = sqlOf(store -> store.catalog().searchCourses("neural networks", 10), "MATCH");

        String plan = plan(search);

        assertTrue(plan.contains("VIRTUAL TABLE INDEX"), plan);
        assertTrue(plan.contains("SEARCH c USING INDEX sqlite_autoindex_courses_1 (id=?)"), plan);
    }

    @Test
    void theOverdueSweepSearchesThePartialOverdueIndexInDeadlineOrder() throws SQLException {
        String sweep = sqlOfPort(backend -> backend.attempts().overdue(Instant.now(), 100), "deadline <");

        String plan = plan(sweep);

        assertTrue(plan.contains("SEARCH t USING INDEX attempts_overdue_idx (deadline<?)"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), "the index gives the order: " + plan);
    }

    @Test
    void theStartContextFindsTheLearnersAttemptsThroughTheAttemptsUniqueIndex() throws SQLException {
        String attempts = sqlOfPort(backend -> backend.attempts().startContext(UUID.randomUUID(), UUID.randomUUID()),
                "FROM attempts t WHERE t.assessment_id = ? AND t.learner_id = ?");

        String plan = plan(attempts);

        assertTrue(plan.contains("SEARCH t USING INDEX " + uniqueIndexOf("attempts", "assessment_id", "learner_id", "number")
                + " (assessment_id=? AND learner_id=?)"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), "the index gives the order by number: " + plan);
    }

    @Test
    void theAttemptContextReadsEveryTableByKey() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> backend.attempts().context(UUID.randomUUID()));

        assertEquals(3, reads.size(), reads.toString());
        for (String read : reads) {
            String plan = plan(read);
            assertFalse(plan.contains("SCAN"), read + "\n" + plan);
        }
    }

    @Test
    void theGradingContextReadsEveryTableByKey() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> backend.attempts().gradingContext(UUID.randomUUID()));

        assertEquals(4, reads.size(), reads.toString());
        assertProgressReadByKey(reads);
    }

    @Test
    void theSubmissionContextReadsEveryTableByKey() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> backend.attempts().submissionContext(UUID.randomUUID(), UUID.randomUUID()));

        assertEquals(3, reads.size(), reads.toString());
        assertProgressReadByKey(reads);
        String head = plan(reads.get(0));
        assertTrue(head.contains("SEARCH o USING INDEX " + primaryKeyIndexOf("attempt_overrides") + " (assessment_id=? AND learner_id=?)"),
                head);
        assertTrue(head.contains("SEARCH e USING INDEX " + uniqueIndexOf("enrollments", "learner_id", "course_id")
                + " (learner_id=? AND course_id=?)"), head);
        assertTrue(head.contains("SEARCH t USING INDEX attempts_in_progress_idx (assessment_id=? AND learner_id=?)"), head);
        assertTrue(head.contains("SEARCH n USING INDEX " + primaryKeyIndexOf("answers") + " (attempt_id=?)"), head);
        String attemptsIndex = uniqueIndexOf("attempts", "assessment_id", "learner_id", "number");
        assertTrue(head.contains("SEARCH c USING COVERING INDEX " + attemptsIndex + " (assessment_id=? AND learner_id=?)"),
                "the attempts are counted in the index, no attempt row read: " + head);
        assertTrue(head.contains("SEARCH d USING INDEX " + attemptsIndex + " (assessment_id=? AND learner_id=?)"), head);
    }

    /**
     * Reads of an attempt's or a submission's context: the first joins the lesson progress, the
     * second the masteries of the questions' skills, the last lists the course's published lessons.
     */
    private void assertProgressReadByKey(List<String> reads) throws SQLException {
        for (String read : reads) {
            assertNoTableScan(read, plan(read));
        }
        String head = plan(reads.get(0));
        assertTrue(head.contains("SEARCH p USING INDEX " + primaryKeyIndexOf("lesson_progress") + " (learner_id=? AND lesson_id=?)"),
                head);
        String masteries = plan(reads.get(1));
        assertTrue(masteries.contains("SEARCH m USING INDEX " + primaryKeyIndexOf("skill_mastery") + " (learner_id=? AND skill_id=?)"),
                masteries);
        String lessons = plan(reads.get(reads.size() - 1));
        assertFalse(lessons.contains("TEMP B-TREE"), "the indexes give module and lesson order: " + lessons);
    }

    @Test
    void aThreadIsReadInPathOrderAndThreadsListedInTheirIndexOrder() throws SQLException {
        String thread = sqlOfPort(backend -> backend.discussionPosts().thread(UUID.randomUUID()), "ORDER BY p.path");
        String newest = sqlOfPort(backend -> backend.discussionPosts().threads(UUID.randomUUID(), null, ThreadSort.NEWEST, null, 10),
                "ORDER BY p.created_at DESC");
        String byVotes = sqlOfPort(backend -> backend.discussionPosts().threads(UUID.randomUUID(), null, ThreadSort.VOTES, null, 10),
                "ORDER BY p.vote_count DESC");

        String threadPlan = plan(thread);
        assertTrue(threadPlan.contains("SEARCH p USING INDEX discussion_posts_thread_idx (root_id=?)"), threadPlan);
        assertFalse(threadPlan.contains("TEMP B-TREE"), "the index gives the path order: " + threadPlan);
        assertTrue(plan(newest).contains("SEARCH p USING INDEX discussion_posts_threads_idx (course_id=?)"), plan(newest));
        assertFalse(plan(newest).contains("TEMP B-TREE"), plan(newest));
        assertTrue(plan(byVotes).contains("SEARCH p USING INDEX discussion_posts_threads_by_votes_idx (course_id=?)"), plan(byVotes));
        assertFalse(plan(byVotes).contains("TEMP B-TREE"), plan(byVotes));
    }

    @Test
    void learnersAreFoundByEachIdentityThroughItsUniqueIndex() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> {
            backend.learnerProfiles().findByEmail("a@example.org");
            backend.learnerProfiles().findByUsername("ada");
            backend.learnerProfiles().findByExternalRef("user-1");
        });

        assertEquals(3, reads.size(), reads.toString());
        assertTrue(plan(reads.get(0)).contains("SEARCH l USING INDEX " + uniqueIndexOf("learners", "email_normalized")), plan(reads.get(0)));
        assertTrue(plan(reads.get(1)).contains("SEARCH l USING INDEX " + uniqueIndexOf("learners", "username")), plan(reads.get(1)));
        assertTrue(plan(reads.get(2)).contains("SEARCH l USING INDEX " + uniqueIndexOf("learners", "external_ref")), plan(reads.get(2)));
    }

    @Test
    void sessionsAreFoundByTokenHashByLearnerAndByExpiryThroughTheirIndexes() throws SQLException {
        String byHash = sqlOfPort(backend -> backend.learnerSessions().findByTokenHash("00"), "token_hash = ?");
        String byLearner = sqlOfPort(backend -> backend.learnerSessions().listByLearner(UUID.randomUUID()), "learner_id = ?");
        String expired = sqlOfPort(backend -> backend.learnerSessions().expired(Instant.now(), 100), "expires_at <");

        assertTrue(plan(byHash).contains("SEARCH s USING INDEX " + uniqueIndexOf("learner_sessions", "token_hash")), plan(byHash));
        // the index orders by created_at; only sessions opened in the same microsecond are sorted by id
        assertTrue(plan(byLearner).contains("SEARCH s USING INDEX learner_sessions_learner_idx (learner_id=?)"), plan(byLearner));
        assertTrue(plan(expired).contains("SEARCH s USING INDEX learner_sessions_expires_idx (expires_at<?)"), plan(expired));
        assertFalse(plan(expired).contains("TEMP B-TREE"), "the index gives the order: " + plan(expired));
    }

    @Test
    void sessionAndAttemptChangesOfAMergeAndOfThePurgeSearchByKeyOrLearner() throws SQLException {
        List<String> changes = changesOfPort(backend -> backend.transactions().write(() -> {
            UUID from = UUID.randomUUID();
            UUID to = UUID.randomUUID();
            backend.attempts().move(List.of());
            backend.learnerSessions().moveAll(from, to);
            backend.learnerSessions().revoke(List.of(UUID.randomUUID()), Instant.now());
            backend.learnerSessions().delete(List.of(UUID.randomUUID()));
            backend.learnerSessions().touch(UUID.randomUUID(), Instant.now());
            backend.learnerProfiles().touch(UUID.randomUUID(), Instant.now());
            return null;
        }));

        assertEquals(6, changes.size(), changes.toString());
        for (String change : changes) {
            String plan = plan(change);
            assertFalse(plan.contains("SCAN attempts") || plan.contains("SCAN learner"), change + "\n" + plan);
        }
    }

    @Test
    void theDashboardPagesThroughTheDashboardIndexInItsOrder() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> backend.enrollments().dashboard(UUID.randomUUID(), PageRequest.ofSize(10)));

        assertEquals(1, reads.size(), reads.toString());
        String page = plan(reads.get(0));
        assertTrue(page.contains("SEARCH e USING INDEX enrollments_dashboard_idx (learner_id=?)"), page);
        assertFalse(page.contains("TEMP B-TREE"), "the index gives the order: " + page);
        assertTrue(page.contains("SEARCH c USING INDEX " + primaryKeyIndexOf("courses") + " (id=?)"), page);
        assertTrue(page.contains("SCALAR SUBQUERY") && !page.contains("SCAN"), "the total counted by the learner's key: " + page);
    }

    @Test
    void aCoursesPublishedLessonsAndALearnersEnrollmentAreReadByKey() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> backend.enrollments().enrollContext(UUID.randomUUID(), UUID.randomUUID()));

        assertEquals(2, reads.size(), reads.toString());
        assertTrue(plan(reads.get(0)).contains("SEARCH e USING INDEX " + uniqueIndexOf("enrollments", "learner_id", "course_id")
                + " (learner_id=? AND course_id=?)"), plan(reads.get(0)));
        String lessons = plan(reads.get(1));
        assertTrue(lessons.contains("SEARCH m USING INDEX " + uniqueIndexOf("modules", "course_id", "position") + " (course_id=?)"), lessons);
        assertTrue(lessons.contains("SEARCH l USING INDEX " + uniqueIndexOf("lessons", "module_id", "position") + " (module_id=?)"), lessons);
        assertFalse(lessons.contains("TEMP B-TREE"), "the indexes give module and lesson order: " + lessons);
    }

    @Test
    void aLessonsContextIsReadByKeyInFourStatements() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> backend.lessonProgress().context(UUID.randomUUID(), UUID.randomUUID()));

        assertEquals(4, reads.size(), reads.toString());
        for (String read : reads) {
            assertNoTableScan(read, plan(read));
        }
        String lessons = plan(reads.get(reads.size() - 1));
        assertFalse(lessons.contains("TEMP B-TREE"), "the indexes give module and lesson order: " + lessons);
    }

    /** WORKLOAD.md O5: a course of 480 questions and a learner with history, among 1.4 million answers of others. */
    @Test
    void studyCandidatesReachAnswersThroughTheLearnersOwnRowsForEveryScope() throws SQLException {
        for (StudySession session : sessionsOfEveryScope()) {
            List<String> reads = sqlsOfPort(backend -> backend.studySessions().candidates(session));
            assertEquals(2, reads.size(), "the scope's questions, then the learner's history: " + reads);
            String questions = reads.get(0);
            String history = reads.get(1);

            assertNoTableScan(questions, plan(questions));
            String plan = plan(history);
            assertNoTableScan(history, plan);
            assertTrue(plan.contains("SEARCH n USING INDEX " + primaryKeyIndexOf("answers") + " (attempt_id=?)"), plan);
            assertTrue(plan.contains("SEARCH t USING INDEX attempts_learner_idx (learner_id=?)")
                    || plan.contains("SEARCH t USING INDEX " + uniqueIndexOf("attempts", "assessment_id", "learner_id", "number")
                    + " (assessment_id=? AND learner_id=?)"), plan);
            // by the learner alone, or by the learner and each question of a small scope (one assessment)
            assertTrue(plan.contains("SEARCH pa USING INDEX practice_answers_learner_idx (learner_id=?"), plan);
            assertAttemptsOfTheScopesAssessmentsOnly(session, plan);
        }
    }

    @Test
    void theNextStudyQuestionsArePickedInOneReadWithTheStudyStateByKeyForEveryScope() throws SQLException {
        for (StudySession session : sessionsOfEveryScope()) {
            List<String> reads = sqlsOfPort(backend -> backend.studySessions().next(session, 20));
            assertEquals(1, reads.size(), "the first questions in study order, picked in one read: " + reads);
            String plan = plan(reads.get(0));

            // p (the picked ids) is the statement's own subquery, not a table
            assertNoTableScan(reads.get(0), plan.lines().filter(line -> !line.strip().equals("SCAN p"))
                    .collect(Collectors.joining("\n")));
            assertTrue(plan.contains("SEARCH st USING INDEX " + primaryKeyIndexOf("learner_question_state")
                    + " (learner_id=? AND question_id=?)"), "each question's last answer from the study state, by key: " + plan);
            assertFalse(Pattern.compile("\\b(answers|attempts|practice_answers)\\b").matcher(reads.get(0)).find(),
                    "never the learner's history: " + reads.get(0));
            assertTrue(plan.contains("SEARCH q USING INDEX " + primaryKeyIndexOf("questions") + " (id=?)"),
                    "only the picked questions are read whole, by key: " + plan);
            assertTrue(session.scope().kind() == StudyScopeKind.SKILLS
                    || plan.contains("SEARCH q USING COVERING INDEX questions_study_idx (assessment_id=? AND difficulty>? AND difficulty<?)"),
                    "the scope's questions in the range found from the index, not their rows: " + plan);
        }
    }

    /** A scope of assessments (one, or a course's) reaches only the learner's attempts on them, and no question per answer. */
    private void assertAttemptsOfTheScopesAssessmentsOnly(StudySession session, String plan) throws SQLException {
        if (session.scope().kind() == StudyScopeKind.SKILLS) {
            return;
        }
        assertTrue(plan.contains("SEARCH t USING INDEX " + uniqueIndexOf("attempts", "assessment_id", "learner_id", "number")
                + " (assessment_id=? AND learner_id=?)"), plan);
        assertFalse(plan.contains("SEARCH tq "), plan);
    }

    @Test
    void learnerStatisticsReadOnlyTheLearnersRows() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> {
            backend.learnerStatistics().totals(UUID.randomUUID());
            backend.learnerStatistics().activeDays(UUID.randomUUID(), 20_000);
            backend.lessonProgress().findAll(UUID.randomUUID(), List.of(UUID.randomUUID()));
            backend.skillMasteries().find(UUID.randomUUID(), null);
            backend.skillMasteries().find(UUID.randomUUID(), List.of(UUID.randomUUID()));
        });

        assertEquals(5, reads.size(), reads.toString());
        for (String read : reads) {
            assertNoTableScan(read, plan(read));
        }
        assertTrue(plan(reads.get(1)).contains("SEARCH n USING INDEX " + primaryKeyIndexOf("answers") + " (attempt_id=?)"),
                plan(reads.get(1)));
    }

    @Test
    void learnerEngagementLooksUpEachLearnersSumsByKeyAndProjectKindsOfACourseByTheCourseIndex() throws SQLException {
        List<String> reads = sqlsOfPort(backend -> backend.transactions().read(() -> {
            backend.reportQueries().engagementFigures(Instant.EPOCH, Instant.now(), 0, 20);
            backend.reportQueries().projectKindFigures(UUID.randomUUID());
            return null;
        }));

        assertEquals(3, reads.size(), reads.toString());
        String page = plan(reads.get(1));
        // the cohort itself reads learners, through or by the merged_into index, as the planner likes
        // (no index on created_at); each of the five sums is a search by the learner's key
        assertEquals(List.of(), page.lines().map(String::strip)
                .filter(line -> line.startsWith("SCAN ") && !line.equals("SCAN l")).toList(), page);
        assertEquals(5, page.lines().map(String::strip)
                .filter(line -> line.startsWith("SEARCH ") && line.endsWith("(learner_id=?)")).count(), page);
        assertTrue(plan(reads.get(2)).contains("SEARCH p USING INDEX projects_course_idx (course_id=?)"), plan(reads.get(2)));
    }

    @Test
    void theReadsOfAMergeSearchByLearner() throws SQLException {
        List<UUID> learners = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<String> reads = sqlsOfPort(backend -> {
            backend.attempts().listByLearners(learners);
            backend.assessmentDefinitions().overridesOf(learners);
            backend.enrollments().listByLearners(learners);
            backend.lessonProgress().listByLearners(learners);
            backend.skillMasteries().listByLearners(learners);
        });

        assertEquals(5, reads.size(), reads.toString());
        for (String read : reads) {
            assertNoTableScan(read, plan(read));
        }
    }

    @Test
    void progressChangesOfAMergeAndOfASaveSearchByLearnerOrKey() throws SQLException {
        List<String> changes = changesOfPort(backend -> backend.transactions().write(() -> {
            UUID from = UUID.randomUUID();
            UUID to = UUID.randomUUID();
            backend.enrollments().delete(from, List.of());
            backend.enrollments().move(from, List.of(), to);
            backend.lessonProgress().delete(from, List.of());
            backend.lessonProgress().move(from, List.of(), to);
            backend.skillMasteries().delete(from, List.of());
            backend.skillMasteries().move(from, List.of(), to);
            backend.assessmentDefinitions().deleteOverrides(from, List.of());
            backend.assessmentDefinitions().moveOverrides(from, List.of(), to);
            backend.studySessions().moveAll(from, to);
            backend.enrollments().releaseSeat(UUID.randomUUID());
            return null;
        }));

        assertEquals(8 + 2 + 2 + 1, changes.size(), changes.toString());
        for (String change : changes) {
            // k (the study state's keys) and h (their answers) are the rebuild's own subqueries, not tables
            assertNoTableScan(change, plan(change).lines().filter(line -> !List.of("SCAN k", "SCAN h").contains(line.strip()))
                    .collect(Collectors.joining("\n")));
        }
        String masteryUpdate = "UPDATE skill_mastery SET status = g.value ->> 'status'";
        String plan = plan(masteryChangeStartingWith(masteryUpdate));
        assertTrue(plan.contains("SEARCH skill_mastery USING INDEX " + primaryKeyIndexOf("skill_mastery")
                + " (learner_id=? AND skill_id=?)"), plan);
    }

    @Test
    void aQuestionsRemovalFindsItsStudyStateRowsAndAnswersByKeyThroughItsAttemptsAndPracticeAnswers() throws SQLException {
        // no such question: the state's delete is sent first all the same, then the question's finds no row
        List<String> changes = changesOfPort(backend -> assertThrows(ConflictException.class,
                () -> backend.transactions().write(() -> {
                    backend.assessmentDefinitions().deleteQuestion(UUID.randomUUID());
                    return null;
                })));

        String attemptsKey = uniqueIndexOf("attempts", "assessment_id", "learner_id", "number");
        assertChangeSearches(changes.get(0), "DELETE FROM learner_question_state",
                "SEARCH learner_question_state USING COVERING INDEX " + primaryKeyIndexOf("learner_question_state")
                        + " (learner_id=? AND question_id=?)",
                "SEARCH t USING COVERING INDEX " + attemptsKey + " (assessment_id=?)",
                "SEARCH p USING INDEX practice_answers_question_idx (question_id=?)");
        assertChangeSearches(changes.get(1), "DELETE FROM answers",
                "SEARCH answers USING COVERING INDEX " + primaryKeyIndexOf("answers") + " (attempt_id=? AND question_id=?)",
                "SEARCH t USING INDEX " + attemptsKey + " (assessment_id=?)");
    }

    /** The change starts as given, reads no table through, and its plan has every given search. */
    private void assertChangeSearches(String change, String start, String... searches) throws SQLException {
        assertTrue(change.startsWith(start), change);
        String plan = plan(change);
        assertNoTableScan(change, plan);
        for (String search : searches) {
            assertTrue(plan.contains(search), change + "\n" + plan);
        }
    }

    /** Every SCAN of the plan is of a materialized subquery, a constant row or json_each: none reads a table through. */
    private static void assertNoTableScan(String sql, String plan) {
        for (String line : plan.split("\n")) {
            String detail = line.strip();
            if (detail.startsWith("SCAN ") && !detail.startsWith("SCAN (") && !detail.equals("SCAN CONSTANT ROW")
                    && !detail.contains("VIRTUAL TABLE")) {
                throw new AssertionError("a table is scanned: " + detail + "\n" + sql + "\n" + plan);
            }
        }
    }

    /** One open study session of one learner for each kind of scope, difficulty 2 to 4. */
    private static List<StudySession> sessionsOfEveryScope() {
        UUID learner = UUID.randomUUID();
        return Stream.of(StudyScope.assessment(UUID.randomUUID()), StudyScope.course(UUID.randomUUID()),
                        StudyScope.skills(List.of(UUID.randomUUID(), UUID.randomUUID())))
                .map(scope -> new StudySession(UUID.randomUUID(), learner, scope, StudyMode.PRACTICE, 2, 4, Instant.now(), null,
                        0, 0, Duration.ZERO, 1))
                .toList();
    }

    /** The statement of the given start that saving a new, then a changed, mastery sends. */
    private String masteryChangeStartingWith(String start) {
        UUID learner = UUID.randomUUID();
        UUID skill = UUID.randomUUID();
        List<String> changes = changesOfPort(backend -> {
            execute("INSERT INTO learners (id, kind, academic_level, total_xp, preferences, metadata, created_at, "
                    + "last_active_at, version) VALUES ('" + learner + "', 'anonymous', 'beginner', 0, '{}', '{}', 0, 0, 1)");
            execute("INSERT INTO skills (id, name, level, version, created_at, updated_at) "
                    + "VALUES ('" + skill + "', 'plan " + skill + "', 'beginner', 1, 0, 0)");
            backend.transactions().write(() -> {
                backend.skillMasteries().save(List.of(new SkillMastery(learner, skill, MasteryStatus.IN_PROGRESS, 0.3, 1, 1,
                        Instant.now(), 1)));
                backend.skillMasteries().save(List.of(new SkillMastery(learner, skill, MasteryStatus.IN_PROGRESS, 0.51, 2, 2,
                        Instant.now(), 2)));
                return null;
            });
        });
        List<String> matching = changes.stream().filter(sql -> sql.startsWith(start)).toList();
        assertEquals(1, matching.size(), changes.toString());
        return matching.get(0);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("plans.db"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name SQLite gave the index of the table's (non-integer) primary key. */
    private String primaryKeyIndexOf(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("plans.db"));
                Statement statement = connection.createStatement();
                ResultSet indexes = statement.executeQuery(
                        "SELECT il.name FROM pragma_index_list('" + table + "') il WHERE il.origin = 'pk'")) {
            assertTrue(indexes.next(), "no primary key index on " + table);
            return indexes.getString(1);
        }
    }

    private interface Call {
        void on(LearningStore store);
    }

    private interface PortCall {
        void on(StoreBackend backend);
    }

    /** The one statement of {@code call}, made on the backend's ports, that contains {@code marker}. */
    private String sqlOfPort(PortCall call, String marker) {
        List<String> matching = sqlsOfPort(call).stream().filter(sql -> sql.contains(marker)).toList();
        assertEquals(1, matching.size(), matching.toString());
        return matching.get(0);
    }

    /** The SELECTs of {@code call} made on the backend's ports, in the order sent. */
    private List<String> sqlsOfPort(PortCall call) {
        List<String> sent = new CopyOnWriteArrayList<>();
        StatementListener listener = sent::add;
        try (StoreBackend backend = SqliteBackends.file(dir.resolve("plans.db"), StoreOptions.defaults().withStatementListener(listener))) {
            call.on(backend);
        }
        return sent.stream().filter(sql -> sql.startsWith("SELECT")).toList();
    }

    /** The INSERTs, UPDATEs and DELETEs of {@code call} made on the backend's ports, in the order sent. */
    private List<String> changesOfPort(PortCall call) {
        List<String> sent = new CopyOnWriteArrayList<>();
        StatementListener listener = sent::add;
        try (StoreBackend backend = SqliteBackends.file(dir.resolve("plans.db"), StoreOptions.defaults().withStatementListener(listener))) {
            call.on(backend);
        }
        return sent.stream().filter(sql -> sql.startsWith("INSERT") || sql.startsWith("UPDATE") || sql.startsWith("DELETE")).toList();
    }

    /** The name SQLite gave the index of the table's UNIQUE constraint on exactly these columns. */
    private String uniqueIndexOf(String table, String... columns) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("plans.db"));
                Statement statement = connection.createStatement();
                ResultSet indexes = statement.executeQuery("SELECT il.name FROM pragma_index_list('" + table + "') il "
                        + "WHERE il.\"unique\" = 1 AND il.origin = 'u' AND (SELECT group_concat(ii.name, ',') "
                        + "FROM pragma_index_info(il.name) ii) = '" + String.join(",", columns) + "'")) {
            assertTrue(indexes.next(), "no unique constraint on " + table + String.join(",", columns));
            return indexes.getString(1);
        }
    }

    /** The one statement of {@code call} that contains {@code marker}, as the store sent it. */
    private String sqlOf(Call call, String marker) {
        List<String> sent = new CopyOnWriteArrayList<>();
        StatementListener listener = sent::add;
        try (LearningStore store = SqliteStores.open(dir.resolve("plans.db"), StoreOptions.defaults().withStatementListener(listener))) {
            call.on(store);
        }
        List<String> matching = sent.stream().filter(sql -> sql.contains(marker)).toList();
        assertEquals(1, matching.size(), sent.toString());
        return matching.get(0);
    }

    private String plan(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("plans.db"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            List<String> details = new ArrayList<>();
            while (rows.next()) {
                details.add(rows.getString("detail"));
            }
            return String.join("\n", details);
        }
    }
}
