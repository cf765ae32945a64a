package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionStats;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.assessment.Scorer;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.StoreBackend;

/**
 * The assessment ports on PostgreSQL, below the service: statement counts, version steps, the
 * locks that queue writers, and counters that stay exact under concurrent increments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAttemptsTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00.123456Z");

    private final ThreadLocal<List<String>> sent = new ThreadLocal<>();
    private HikariDataSource pool;
    private StoreBackend backend;

    @BeforeAll
    void open() {
        var database = PostgresTestDatabases.freshDatabase();
        pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(20);
        pool.setSchema(PostgresStores.DEFAULT_SCHEMA);
        PostgresStores.migrate(pool);
        backend = PostgresStores.backend(pool, ConnectionSettings.DEFAULTS.writeAttempts(), sql -> {
            List<String> statements = sent.get();
            if (statements != null) {
                statements.add(sql);
            }
        });
    }

    @AfterAll
    void close() {
        backend.close();
        pool.close();
    }

    @Test
    void contextReadsAndGradingWritesTakeAFixedNumberOfStatements() {
        for (int questions : new int[] {1, 25}) {
            Assessment quiz = quiz(null);
            List<Question> asked = questions(quiz, questions);
            Attempt attempt = start(quiz, UUID.randomUUID(), 1, asked);
            asked.forEach(q -> write(() -> {
                backend.attempts().saveAnswer(answer(attempt, q, true));
                return null;
            }));

            List<String> view = statements(() -> read(() -> backend.attempts().context(attempt.id()).orElseThrow()));
            assertEquals(3, view.size(), questions + " questions, view: " + view);
            List<String> start = statements(() -> write(() -> backend.attempts().startContext(quiz.id(), attempt.learnerId())));
            assertEquals(3, start.size(), "start: " + start);
            assertTrue(start.get(0).contains("FOR NO KEY UPDATE"), start.get(0));

            List<String> submit = statements(() -> write(() -> {
                Attempts.AttemptContext context = backend.attempts().context(attempt.id()).orElseThrow();
                Attempt graded = graded(context.attempt(), AttemptStatus.SUBMITTED, 1.0);
                backend.attempts().save(graded, context.attempt().version(), gradedAgainst(asked), results(asked, true));
                backend.attempts().addToStats(asked.stream()
                        .map(q -> new Attempts.StatsDelta(q.id(), 1, 1, Duration.ofSeconds(3))).toList());
                return null;
            }));
            // the context, the attempt and its answers graded, the study state, the statistics
            assertEquals(4 + 2 + 1 + 1, submit.size(), questions + " questions, submit: " + submit);
            assertTrue(submit.get(0).contains("FOR NO KEY UPDATE"), "the attempt is locked first: " + submit.get(0));

            Attempts.AttemptContext after = read(() -> backend.attempts().context(attempt.id()).orElseThrow());
            assertEquals(2, after.attempt().version());
            assertEquals(gradedAgainst(asked), after.gradedAgainst());
            assertTrue(after.answers().stream().allMatch(a -> a.correct() && a.points() == 1.0), after.answers().toString());
            assertEquals(new QuestionStats(asked.get(0).id(), 1, 1, Duration.ofSeconds(3)),
                    read(() -> backend.assessmentDefinitions().stats(asked.get(0).id()).orElseThrow()));
        }
    }

    @Test
    void touchAndSaveStepTheVersionByOneEvenWhenNothingElseChanges() {
        Assessment quiz = quiz(Duration.ofMinutes(5));
        List<Question> asked = questions(quiz, 2);
        Attempt attempt = start(quiz, UUID.randomUUID(), 1, asked);
        asked.forEach(q -> write(() -> {
            backend.attempts().saveAnswer(answer(attempt, q, true));
            return null;
        }));

        write(() -> {
            Attempt open = backend.attempts().context(attempt.id()).orElseThrow().attempt();
            backend.attempts().touch(open.id(), open.version());
            return null;
        });
        assertEquals(2, version(attempt.id()));
        ConflictException stale = assertThrows(ConflictException.class, () -> write(() -> {
            backend.attempts().touch(attempt.id(), 1);
            return null;
        }));
        assertNull(stale.field(), "a concurrent change, retried");

        Attempt graded = graded(attempt, AttemptStatus.SUBMITTED, 2.0);
        for (long expected = 2; expected <= 3; expected++) {
            long at = expected;
            write(() -> {
                backend.attempts().context(attempt.id()).orElseThrow();
                backend.attempts().save(graded, at, gradedAgainst(asked), results(asked, false));
                return null;
            });
            assertEquals(expected + 1, version(attempt.id()), "the same grade saved again still steps the version");
        }
        Attempt stored = read(() -> backend.attempts().list(quiz.id(), attempt.learnerId())).get(0);
        assertEquals(T0, stored.startedAt(), "microseconds kept");
        assertEquals(T0.plus(Duration.ofMinutes(5)), stored.deadline());
        assertEquals(T0.plusSeconds(60), stored.submittedAt());
        assertEquals(List.of(false, false), read(() -> backend.attempts().context(attempt.id()).orElseThrow()).answers()
                .stream().map(Answer::correct).toList());
    }

    @Test
    void aSecondAttemptWithTheSameNumberOrInProgressIsAConcurrentChange() {
        Assessment quiz = quiz(null);
        List<Question> asked = questions(quiz, 1);
        UUID learner = UUID.randomUUID();
        Attempt first = start(quiz, learner, 1, asked);

        ConflictException sameNumber = assertThrows(ConflictException.class, () -> start(quiz, learner, 1, asked));
        assertNull(sameNumber.field(), sameNumber.getMessage());
        ConflictException secondOpen = assertThrows(ConflictException.class, () -> start(quiz, learner, 2, asked));
        assertNull(secondOpen.field(), secondOpen.getMessage());
        assertEquals(List.of(first), read(() -> backend.attempts().list(quiz.id(), learner)));
    }

    @Test
    void concurrentIncrementsOverTheSameQuestionsStayExactWithoutDeadlocks() throws Exception {
        Assessment quiz = quiz(null);
        List<Question> asked = questions(quiz, 20);
        long deadlocksBefore = deadlocks();
        int threads = 16;
        int rounds = 25;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(workers.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        List<Attempts.StatsDelta> deltas = new ArrayList<>(asked.stream()
                                .map(q -> new Attempts.StatsDelta(q.id(), 1, 1, Duration.ofMillis(7))).toList());
                        Collections.shuffle(deltas);
                        write(() -> {
                            backend.attempts().addToStats(deltas);
                            return null;
                        });
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            workers.shutdown();
        }
        long total = (long) threads * rounds;
        for (Question question : asked) {
            assertEquals(new QuestionStats(question.id(), total, total, Duration.ofMillis(7 * total)),
                    read(() -> backend.assessmentDefinitions().stats(question.id()).orElseThrow()));
        }
        assertEquals(deadlocksBefore, deadlocks(), "rows are locked in one order");
    }

    @Test
    void aQuestionsRemovalWaitsForAWriteAddingAnswersToItAndThenDeletesThem() throws Exception {
        Assessment quiz = quiz(null);
        List<Question> asked = questions(quiz, 2);
        Attempt attempt = start(quiz, UUID.randomUUID(), 1, asked);
        heldUntilCommitted(() -> {
            backend.attempts().context(attempt.id()).orElseThrow();
            backend.attempts().saveAnswer(answer(attempt, asked.get(0), true));
        }, () -> {
            backend.assessmentDefinitions().deleteQuestion(asked.get(0).id());
            return null;
        });
        assertEquals(0, answersTo(asked.get(0).id()));
        assertEquals(List.of(asked.get(1).id()), questionIds(attempt));
    }

    @Test
    void aWriteThatReachesAQuestionBeingRemovedReadsItGoneOnceTheRemovalCommits() throws Exception {
        Assessment quiz = quiz(null);
        List<Question> asked = questions(quiz, 2);
        Attempt attempt = start(quiz, UUID.randomUUID(), 1, asked);
        List<UUID> seen = heldUntilCommitted(() -> backend.assessmentDefinitions().deleteQuestion(asked.get(0).id()),
                () -> questionIds(attempt));
        assertEquals(List.of(asked.get(1).id()), seen);
    }

    // helpers

    private Assessment quiz(Duration timeLimit) {
        return write(() -> {
            var course = new Course(UUID.randomUUID(), CourseDetails.builder("c-" + UUID.randomUUID(), "Course").build(),
                    CourseStatus.DRAFT, 1, T0, T0, null);
            backend.courses().insert(course);
            var quiz = new Assessment(UUID.randomUUID(), course.id(), null,
                    AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz").timeLimit(timeLimit).build(), 1, T0, T0);
            backend.assessmentDefinitions().insert(quiz);
            return quiz;
        });
    }

    private List<Question> questions(Assessment quiz, int count) {
        return write(() -> IntStream.rangeClosed(1, count).mapToObj(position -> {
            var question = new Question(UUID.randomUUID(), quiz.id(), position,
                    QuestionDetails.trueFalse("Q" + position, true), 1, T0, T0);
            backend.assessmentDefinitions().insertQuestion(question);
            return question;
        }).toList());
    }

    private Attempt start(Assessment quiz, UUID learner, int number, List<Question> asked) {
        var attempt = new Attempt(UUID.randomUUID(), quiz.id(), learner, number, AttemptStatus.IN_PROGRESS, T0,
                quiz.details().timeLimit() == null ? null : T0.plus(quiz.details().timeLimit()), null, null, null, null,
                null, null, asked.stream().map(Question::id).toList(), 1, null, null);
        return write(() -> {
            backend.attempts().startContext(quiz.id(), learner);
            backend.attempts().insert(attempt);
            return attempt;
        });
    }

    private static Answer answer(Attempt attempt, Question question, boolean value) {
        return new Answer(attempt.id(), question.id(), new Response.Truth(value), null, null, T0, Duration.ofSeconds(3), null);
    }

    private static Attempt graded(Attempt attempt, AttemptStatus status, double score) {
        return new Attempt(attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(), status,
                attempt.startedAt(), attempt.deadline(), T0.plusSeconds(60), score, 2.0, score * 50, score >= 1.4, null,
                attempt.questionOrder(), attempt.version() + 1, null, null);
    }

    private static List<GradedQuestion> gradedAgainst(List<Question> questions) {
        return questions.stream().map(GradedQuestion::of).toList();
    }

    private static List<Scorer.QuestionResult> results(List<Question> questions, boolean correct) {
        return questions.stream().map(q -> new Scorer.QuestionResult(q.id(), correct, correct ? 1.0 : 0.0)).toList();
    }

    /**
     * Runs {@code first} in a write that stays open once it is done, then {@code second} in a write of
     * its own; asserts that the second waits while the first is open, and returns what it read.
     */
    private <T> T heldUntilCommitted(Runnable first, Supplier<T> second) throws Exception {
        var done = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Future<?> holding = workers.submit(() -> write(() -> {
                first.run();
                done.countDown();
                await(release);
                return null;
            }));
            await(done);
            Future<T> waiting = workers.submit(() -> write(second));
            assertThrows(TimeoutException.class, () -> waiting.get(500, TimeUnit.MILLISECONDS),
                    "the second write waits for the first, which holds the question");
            release.countDown();
            holding.get();
            return waiting.get();
        } finally {
            release.countDown();
            workers.shutdown();
        }
    }

    private List<UUID> questionIds(Attempt attempt) {
        return write(() -> backend.attempts().context(attempt.id()).orElseThrow().questions().stream()
                .map(Question::id).toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the other write reached its hold");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long answersTo(UUID questionId) throws SQLException {
        try (Connection connection = pool.getConnection();
             var statement = connection.prepareStatement("SELECT count(*) FROM answers WHERE question_id = ?")) {
            statement.setObject(1, questionId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long version(UUID attemptId) {
        return read(() -> backend.attempts().context(attemptId).orElseThrow()).attempt().version();
    }

    private long deadlocks() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet row = statement.executeQuery(
                    "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private List<String> statements(Runnable call) {
        sent.set(new ArrayList<>());
        try {
            call.run();
            return List.copyOf(sent.get());
        } finally {
            sent.remove();
        }
    }

    private <T> T write(Supplier<T> work) {
        return backend.transactions().write(work);
    }

    private <T> T read(Supplier<T> work) {
        return backend.transactions().read(work);
    }
}
