package org.learningstore.examples.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.learningstore.core.catalog.Level;
import org.learningstore.examples.bench.DataSet.LoadedCourse;
import org.learningstore.examples.bench.DataSet.LoadedLearner;
import org.learningstore.examples.bench.DataSet.QuizLesson;
import org.learningstore.examples.bench.DataSet.QuizQuestion;

/**
 * The floor for O1-O5 on the SQLite file and on PostgreSQL: the same reads and the workload's
 * writes, hand-written in JDBC on the library's own tables, on one connection with every statement
 * prepared once; the few texts the two dialects spell differently are chosen where they are used.
 * Each operation draws its arguments as {@link Operations} does and checks the same shape. What
 * it leaves out: the library's validation and its guards (versions, rules); for O3 it reads and
 * writes what the library's submitWithAnswers does (XP, learning events, the rewards read), for O5
 * a session row, then the reads.
 */
final class JdbcFloor implements AutoCloseable {
    private static final int PAGE_SIZE = 10;
    private static final int STUDY_QUESTIONS = 20;
    /** WORKLOAD.md: every quiz passes at 70%. */
    private static final double PASSING_SCORE = 70;

    /** As the library reads lessons on the SQLite file: the usual empty JSON texts as NULL. */
    private static final String FILE_LESSON_COLUMNS = "l.id, l.module_id, l.title, l.kind, NULLIF(l.content, '{}'), "
            + "l.estimated_minutes, l.position, l.published, l.free_preview, NULLIF(l.learning_objectives, '[]'), "
            + "NULLIF(l.resources, '[]'), l.description, NULLIF(l.metadata, '{}'), l.version, l.created_at, l.updated_at";

    private final Connection connection;
    private final boolean postgres;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final DataSet data;

    private JdbcFloor(Connection connection, boolean postgres, DataSet data) {
        this.connection = connection;
        this.postgres = postgres;
        this.data = data;
    }

    static JdbcFloor onFile(Path file, DataSet data) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA synchronous = NORMAL");
                pragmas.execute("PRAGMA busy_timeout = 5000");
                pragmas.execute("PRAGMA foreign_keys = ON");
            }
            return new JdbcFloor(connection, false, data);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot open " + file, failure);
        }
    }

    /**
     * On the store's PostgreSQL schema; strings are sent untyped ({@code stringtype=unspecified}),
     * so the server reads them as the uuid or jsonb of their column, as the SQLite file reads its text.
     */
    static JdbcFloor onPostgres(String jdbcUrl, String user, String schema, DataSet data) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        properties.setProperty("currentSchema", schema);
        properties.setProperty("stringtype", "unspecified");
        try {
            return new JdbcFloor(DriverManager.getConnection(jdbcUrl, properties), true, data);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot connect to PostgreSQL", failure);
        }
    }

    /**
     * O1 as the library's contents: the course's id, slug, title and status, its modules' and lessons'
     * columns that a table of contents shows; on the file three statements in one read transaction,
     * on PostgreSQL one joined statement.
     */
    Operation contents() {
        return random -> read(() -> {
            String course = DataSet.pick(data.courses(), random).id().toString();
            if (postgres) {
                List<Object[]> rows = select("SELECT c.id, c.slug, c.title, c.status, m.id, m.title, m.position, m.published, "
                        + "l.id, l.title, l.position, l.kind, l.estimated_minutes, l.published FROM courses c "
                        + "LEFT JOIN modules m ON m.course_id = c.id LEFT JOIN lessons l ON l.module_id = m.id "
                        + "WHERE c.id = ? AND c.deleted_at IS NULL ORDER BY m.position, l.position", course);
                Operations.expect(rows.size() == Loader.MODULES_PER_COURSE * Loader.LESSONS_PER_MODULE, "contents of every lesson");
                return;
            }
            List<Object[]> courses = select("SELECT c.id, c.slug, c.title, c.status FROM courses c "
                    + "WHERE c.id = ? AND c.deleted_at IS NULL", course);
            List<Object[]> modules = select("SELECT m.id, m.title, m.position, m.published FROM modules m "
                    + "WHERE m.course_id = ? ORDER BY m.position", course);
            List<Object[]> lessons = select("SELECT m.position, l.id, l.title, l.position, l.kind, l.estimated_minutes, l.published "
                    + "FROM lessons l JOIN modules m ON m.id = l.module_id WHERE m.course_id = ? ORDER BY m.position, l.position",
                    course);
            Operations.expect(!courses.isEmpty() && modules.size() == Loader.MODULES_PER_COURSE
                    && lessons.size() == Loader.MODULES_PER_COURSE * Loader.LESSONS_PER_MODULE, "contents of every lesson");
        });
    }

    /**
     * O1 in full: the course with its tags, its modules, its lessons in course order, the lessons' skills,
     * and the lessons' assessments with their question counts, in one read transaction.
     */
    Operation outline() {
        return random -> read(() -> {
            String course = DataSet.pick(data.courses(), random).id().toString();
            List<Object[]> courses = select("SELECT c.*, t.tag FROM courses c LEFT JOIN course_tags t ON t.course_id = c.id "
                    + "WHERE c.id = ? ORDER BY t.position", course);
            List<Object[]> modules = select("SELECT * FROM modules m WHERE m.course_id = ? ORDER BY m.position", course);
            select("SELECT " + (postgres ? "l.*" : FILE_LESSON_COLUMNS) + " FROM lessons l JOIN modules m ON m.id = l.module_id "
                    + "WHERE m.course_id = ? ORDER BY m.position, l.position", course);
            select("SELECT ls.lesson_id, s.* FROM lesson_skills ls JOIN skills s ON s.id = ls.skill_id "
                    + "JOIN lessons l ON l.id = ls.lesson_id JOIN modules m ON m.id = l.module_id "
                    + "WHERE m.course_id = ? ORDER BY s.name, s.id", course);
            select("SELECT a.lesson_id, a.id, a.title, a.kind, (SELECT count(*) FROM questions q WHERE q.assessment_id = a.id) "
                    + "FROM assessments a WHERE a.course_id = ? AND a.lesson_id IS NOT NULL ORDER BY a.created_at, a.id", course);
            Operations.expect(!courses.isEmpty() && modules.size() == Loader.MODULES_PER_COURSE, "an outline of every module");
        });
    }

    /** O2: the learner's enrollments with course and current lesson titles, newest first, page 1, and their count. */
    Operation dashboard() {
        return random -> read(() -> {
            String learner = DataSet.pick(data.learners(), random).id().toString();
            select("SELECT count(*) FROM enrollments e WHERE e.learner_id = ?", learner);
            List<Object[]> page = select("SELECT e.*, c.title, l.title FROM enrollments e JOIN courses c ON c.id = e.course_id "
                    + "LEFT JOIN lessons l ON l.id = e.current_lesson_id WHERE e.learner_id = ? "
                    + "ORDER BY e.enrolled_at DESC, e.id DESC LIMIT ? OFFSET 0", learner, PAGE_SIZE);
            Operations.expect(page.size() == Loader.ENROLLMENTS_PER_LEARNER, "a dashboard entry per enrollment");
        });
    }

    /**
     * O3 in one write transaction, the rows the library's submitWithAnswers reads and writes: the
     * enrollment's current lesson; the quiz's questions and keys; in one statement the learner's
     * XP total, attempt count, whether an attempt passed, the lesson's progress status and the
     * active achievement definitions the submit may move (the bench defines none, so nothing is
     * evaluated, and no streak days are read); then the graded attempt (its question order and
     * what it was graded against), its answers and the questions' statistics (JDBC batches), the
     * lesson's progress (upsert), the enrollment (percent, current lesson), the XP the pass earns
     * ("assessment passed" on a first pass, "lesson completed" on a new completion: a batch whose
     * counts tell which entries were new, and the learner's total moved by those) and the learning
     * events (attempt submitted, lesson completed) in one batch.
     */
    Operation submit() {
        return random -> write(() -> {
            LoadedLearner learner = DataSet.pick(data.learners(), random);
            LoadedCourse course = data.course(DataSet.pick(learner.courseIds(), random));
            String learnerId = learner.id().toString();
            String courseId = course.id().toString();
            Object[] enrollment = select("SELECT e.id, e.current_lesson_id FROM enrollments e "
                    + "WHERE e.learner_id = ? AND e.course_id = ?", learnerId, courseId).get(0);
            QuizLesson lesson = course.lessonToTake(enrollment[1] == null ? null : UUID.fromString(enrollment[1].toString()), data);
            String quiz = lesson.quizId().toString();
            String lessonId = lesson.lessonId().toString();
            List<Object[]> questions = select("SELECT q.id, q.points, q.answer_key, q.kind FROM questions q "
                    + "WHERE q.assessment_id = ? ORDER BY q.position", quiz);
            Object[] before = select("SELECT l.total_xp, "
                    + "(SELECT count(*) FROM attempts t WHERE t.assessment_id = ? AND t.learner_id = l.id), "
                    + "(SELECT count(*) FROM attempts t WHERE t.assessment_id = ? AND t.learner_id = l.id AND t.passed), "
                    + "(SELECT p.status FROM lesson_progress p WHERE p.learner_id = l.id AND p.lesson_id = ?), d.id, d.metric, "
                    + "d.threshold FROM learners l LEFT JOIN achievement_definitions d ON d.active AND d.metric IN ("
                    + "'lessons_completed', 'courses_completed', 'assessments_passed', 'perfect_scores', 'total_xp', "
                    + "'questions_answered', 'skills_mastered', 'streak_days') WHERE l.id = ? AND l.deleted_at IS NULL",
                    quiz, quiz, lessonId, learnerId).get(0);
            long number = ((Number) before[1]).longValue() + 1;
            boolean passedBefore = ((Number) before[2]).longValue() > 0;
            boolean completedBefore = "completed".equals(before[3]);
            Object now = now();
            String attempt = UUID.randomUUID().toString();
            double score = 0;
            double max = 0;
            List<Object[]> answers = new ArrayList<>();
            StringBuilder order = new StringBuilder("[");
            StringBuilder gradedAgainst = new StringBuilder("[");
            for (int i = 0; i < questions.size(); i++) {
                Object[] question = questions.get(i);
                QuizQuestion asked = lesson.questions().get(i);
                String given = QuizTaker.pickAnswer(asked, random);
                boolean right = question[2].toString().contains("\"" + given + "\"");
                double points = ((Number) question[1]).doubleValue();
                max += points;
                score += right ? points : 0;
                answers.add(new Object[] {attempt, question[0], "{\"type\":\"choices\",\"keys\":[\"" + given + "\"]}",
                        right, right ? points : 0.0, now, 30_000});
                String separator = i == 0 ? "" : ",";
                order.append(separator).append('"').append(question[0]).append('"');
                gradedAgainst.append(separator).append("{\"questionId\":\"").append(question[0]).append("\",\"kind\":\"")
                        .append(question[3]).append("\",\"points\":").append(points).append(",\"answerKey\":")
                        .append(question[2]).append('}');
            }
            double percent = Math.round(score / max * 10_000) / 100.0;
            boolean passed = percent >= PASSING_SCORE;
            change("INSERT INTO attempts (id, assessment_id, learner_id, number, status, started_at, deadline, submitted_at, "
                    + "score, max_score, percent, passed, previous_score, question_order, graded_against, version) "
                    + "VALUES (?, ?, ?, ?, 'submitted', ?, NULL, ?, ?, ?, ?, ?, NULL, ?, ?, 2)",
                    attempt, quiz, learnerId, number, now, now, score, max, percent, passed, order.append(']').toString(),
                    gradedAgainst.append(']').toString());
            batch("INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", answers);
            batch("INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (learner_id, question_id) DO UPDATE SET "
                    + "last_answered_at = excluded.last_answered_at, last_correct = excluded.last_correct",
                    answers.stream().map(a -> new Object[] {learnerId, a[1], now, a[3]}).toList());
            batch("UPDATE question_stats SET times_answered = times_answered + 1, times_correct = times_correct + ?, "
                    + "total_time_ms = total_time_ms + 30000 WHERE question_id = ?",
                    answers.stream().map(a -> new Object[] {(Boolean) a[3] ? 1 : 0, a[1]}).toList());
            change("INSERT INTO lesson_progress (learner_id, lesson_id, status, started_at, completed_at, time_spent_ms, "
                    + "best_score, attempts, last_position, bookmarks, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, 0, ?, 1, NULL, '[]', ?, 1) ON CONFLICT (learner_id, lesson_id) DO UPDATE SET "
                    + "best_score = " + (postgres ? "greatest" : "max") + "(coalesce(lesson_progress.best_score, 0), excluded.best_score), "
                    + "attempts = lesson_progress.attempts + 1, "
                    + "status = CASE WHEN excluded.status = 'completed' THEN 'completed' ELSE lesson_progress.status END, "
                    + "completed_at = coalesce(lesson_progress.completed_at, excluded.completed_at), "
                    + "updated_at = excluded.updated_at, version = lesson_progress.version + 1",
                    learnerId, lessonId, passed ? "completed" : "in_progress", now, passed ? now : null, percent, now);
            long completed = ((Number) select("SELECT count(*) FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id "
                    + "JOIN modules m ON m.id = l.module_id WHERE p.learner_id = ? AND m.course_id = ? "
                    + "AND p.status = 'completed' AND l.published AND m.published",
                    learnerId, courseId).get(0)[0]).longValue();
            int at = course.lessons().indexOf(lesson);
            String next = !passed ? lessonId
                    : at + 1 < course.lessons().size() ? course.lessons().get(at + 1).lessonId().toString() : null;
            double progress = Math.round(completed * 10_000.0 / course.lessons().size()) / 100.0;
            change("UPDATE enrollments SET progress_percent = ?, current_lesson_id = ?, last_accessed_at = ?, "
                    + "status = CASE WHEN ? >= 100 THEN 'completed' ELSE status END, version = version + 1 WHERE id = ?",
                    progress, next, now, progress, enrollment[0]);
            List<Object[]> xp = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            events.add(new Object[] {UUID.randomUUID().toString(), learnerId, "learningstore.attempt_submitted",
                    "{\"attemptId\":\"" + attempt + "\",\"assessmentId\":\"" + quiz + "\",\"courseId\":\"" + courseId
                            + "\",\"passed\":" + passed + ",\"percent\":" + percent + "}", now});
            if (passed && !passedBefore) {
                xp.add(new Object[] {UUID.randomUUID().toString(), learnerId, 50, "assessment passed",
                        "learningstore:assessment:" + quiz, courseId, now});
            }
            if (passed && !completedBefore) {
                xp.add(new Object[] {UUID.randomUUID().toString(), learnerId, 10, "lesson completed",
                        "learningstore:lesson:" + lessonId, courseId, now});
                events.add(new Object[] {UUID.randomUUID().toString(), learnerId, "learningstore.lesson_completed",
                        "{\"lessonId\":\"" + lessonId + "\",\"courseId\":\"" + courseId + "\"}", now});
            }
            if (!xp.isEmpty()) {
                int[] paid = batch("INSERT INTO xp_entries (id, learner_id, amount, reason, source, course_id, earned_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, source) DO NOTHING", xp);
                int amount = 0;
                int entries = 0;
                for (int i = 0; i < paid.length; i++) {
                    amount += paid[i] == 1 ? (Integer) xp.get(i)[2] : 0;
                    entries += paid[i] == 1 ? 1 : 0;
                }
                if (entries > 0) {
                    change("UPDATE learners SET total_xp = total_xp + ?, version = version + ? WHERE id = ?",
                            amount, entries, learnerId);
                }
            }
            batch("INSERT INTO learning_events (id, learner_id, type, data, session_id, occurred_at) "
                    + "VALUES (?, ?, ?, ?, NULL, ?)", events);
        });
    }

    /** O4: page 1 of the published courses of a random difficulty by title, their tags, and their count. */
    Operation catalogPage() {
        return random -> read(() -> {
            Level level = DataSet.pick(List.of(Level.values()), random);
            select("SELECT count(*) FROM courses c WHERE c.status = 'published' AND c.difficulty = ? AND c.deleted_at IS NULL",
                    level.code());
            List<Object[]> page = select("SELECT * FROM courses c WHERE c.status = 'published' AND c.difficulty = ? "
                    + "AND c.deleted_at IS NULL ORDER BY c.title, c.id LIMIT ? OFFSET 0", level.code(), PAGE_SIZE);
            select("SELECT t.course_id, t.tag FROM course_tags t WHERE t.course_id IN (SELECT c.id FROM courses c "
                    + "WHERE c.status = 'published' AND c.difficulty = ? AND c.deleted_at IS NULL ORDER BY c.title, c.id "
                    + "LIMIT ? OFFSET 0) ORDER BY t.course_id, t.position", level.code(), PAGE_SIZE);
            Operations.expect(!page.isEmpty(), "courses of the difficulty asked");
        });
    }

    /**
     * O5 on PostgreSQL, as the library picks them: the course's questions of difficulty 2-4 (light
     * columns, each assessment's on its index), each with the learner's last answer from the study
     * state by key, the first 20 in study order, read whole. Parameters: the range, the course,
     * the learner, the count.
     */
    private static final String POSTGRES_STUDY_PICK = """
            WITH scope AS MATERIALIZED (
                SELECT q.id, a.id AS assessment_id, a.created_at, q.position
                FROM assessments a CROSS JOIN LATERAL (SELECT q.id, q.position FROM questions q
                    WHERE q.assessment_id = a.id AND q.difficulty BETWEEN ? AND ? OFFSET 0) AS q
                WHERE a.course_id = ?),
            chosen AS (
                SELECT s.*, st.last_answered_at AS answered_at, st.last_correct AS correct,
                       CASE WHEN st.last_answered_at IS NULL THEN 0 WHEN NOT st.last_correct THEN 1 ELSE 2 END AS priority
                FROM scope s LEFT JOIN learner_question_state st ON st.learner_id = ? AND st.question_id = s.id
                ORDER BY priority, answered_at, s.created_at, s.assessment_id, s.position
                LIMIT ?)
            SELECT q.*, f.answered_at, f.correct FROM chosen f JOIN questions q ON q.id = f.id
            ORDER BY f.priority, f.answered_at, f.created_at, f.assessment_id, f.position""";

    /**
     * O5: a study session row written, then in one read transaction, on PostgreSQL
     * {@link #POSTGRES_STUDY_PICK}; on the file the course's questions of
     * difficulty 2-4 and the learner's study state of them (by key); never answered first, then
     * last answered wrong, 20 of them.
     */
    Operation study() {
        return random -> {
            LoadedLearner learner = DataSet.pick(data.learners(), random);
            String learnerId = learner.id().toString();
            String course = DataSet.pick(learner.courseIds(), random).toString();
            write(() -> change("INSERT INTO study_sessions (id, learner_id, scope_kind, assessment_id, course_id, skill_ids, "
                    + "mode, min_difficulty, max_difficulty, started_at, ended_at, answered, correct, time_spent_ms, version) "
                    + "VALUES (?, ?, 'course', NULL, ?, '[]', 'practice', 2, 4, ?, NULL, 0, 0, 0, 1)",
                    UUID.randomUUID().toString(), learnerId, course, now()));
            if (postgres) {
                read(() -> Operations.expect(select(POSTGRES_STUDY_PICK, 2, 4, course, learnerId, STUDY_QUESTIONS).size()
                        == STUDY_QUESTIONS, STUDY_QUESTIONS + " study questions"));
                return;
            }
            read(() -> {
                List<Object[]> questions = select("SELECT q.* FROM questions q JOIN assessments a ON a.id = q.assessment_id "
                        + "WHERE a.course_id = ? AND q.difficulty BETWEEN 2 AND 4 ORDER BY a.created_at, a.id, q.position", course);
                Map<Object, Object> lastCorrect = new HashMap<>();
                for (Object[] last : select("SELECT s.question_id, s.last_correct FROM assessments a "
                        + "JOIN questions q ON q.assessment_id = a.id "
                        + "JOIN learner_question_state s ON s.learner_id = ? AND s.question_id = q.id "
                        + "WHERE a.course_id = ? AND q.difficulty BETWEEN 2 AND 4", learnerId, course)) {
                    lastCorrect.put(last[0], isTrue(last[1]));
                }
                Map<Object, Object[]> chosen = new LinkedHashMap<>();
                questions.stream().filter(q -> !lastCorrect.containsKey(q[0])).forEach(q -> chosen.putIfAbsent(q[0], q));
                questions.stream().filter(q -> Boolean.FALSE.equals(lastCorrect.get(q[0])))
                        .forEach(q -> chosen.putIfAbsent(q[0], q));
                Operations.expect(Math.min(chosen.size(), STUDY_QUESTIONS) == STUDY_QUESTIONS, STUDY_QUESTIONS + " study questions");
            });
        };
    }

    private interface Work {
        void run() throws SQLException;
    }

    /**
     * On PostgreSQL in auto-commit, as the library reads on its own pool: at READ COMMITTED each
     * statement sees its own snapshot inside a transaction or not, so BEGIN and COMMIT would buy nothing.
     */
    private void read(Work work) {
        if (!postgres) {
            inTransaction("BEGIN", work);
            return;
        }
        try {
            work.run();
        } catch (SQLException failure) {
            throw new IllegalStateException("the JDBC floor failed", failure);
        }
    }

    /** On the file the write lock is taken at BEGIN, as the library does, so a write never upgrades a read lock. */
    private void write(Work work) {
        inTransaction("BEGIN IMMEDIATE", work);
    }

    /**
     * On PostgreSQL the connection leaves auto-commit for the transaction, so the driver sends BEGIN with
     * the first statement and a transaction costs one extra round trip (the commit), as the library's do.
     */
    private void inTransaction(String fileBegin, Work work) {
        try {
            if (postgres) {
                connection.setAutoCommit(false);
            } else {
                statement(fileBegin).execute();
            }
            try {
                work.run();
                commit();
            } catch (SQLException | RuntimeException failure) {
                rollback();
                throw failure;
            } finally {
                if (postgres) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("the JDBC floor failed", failure);
        }
    }

    private void commit() throws SQLException {
        if (postgres) {
            connection.commit();
        } else {
            statement("COMMIT").execute();
        }
    }

    private void rollback() throws SQLException {
        if (postgres) {
            connection.rollback();
        } else {
            statement("ROLLBACK").execute();
        }
    }

    private List<Object[]> select(String sql, Object... args) throws SQLException {
        PreparedStatement statement = bound(sql, args);
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet results = statement.executeQuery()) {
            int width = results.getMetaData().getColumnCount();
            while (results.next()) {
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    row[i] = results.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void change(String sql, Object... args) throws SQLException {
        bound(sql, args).executeUpdate();
    }

    /** Each row's update count. */
    private int[] batch(String sql, List<Object[]> rows) throws SQLException {
        PreparedStatement statement = statement(sql);
        for (Object[] row : rows) {
            bind(statement, row);
            statement.addBatch();
        }
        return statement.executeBatch();
    }

    private PreparedStatement bound(String sql, Object... args) throws SQLException {
        PreparedStatement statement = statement(sql);
        bind(statement, args);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    /** The store's timestamps: microseconds since the epoch in the file, timestamptz on PostgreSQL. */
    private Object now() {
        long millis = System.currentTimeMillis();
        return postgres ? OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC) : millis * 1000;
    }

    /** A boolean column: 1 or 0 in the file, a boolean on PostgreSQL. */
    private static boolean isTrue(Object value) {
        return value instanceof Boolean bool ? bool : ((Number) value).intValue() != 0;
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort: the bench is done with the file
        }
    }
}
