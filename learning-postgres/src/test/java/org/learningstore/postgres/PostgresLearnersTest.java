package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerKind;
import org.learningstore.core.learner.LearnerProfile;
import org.learningstore.core.learner.LearnerSession;
import org.learningstore.core.port.StoreBackend;

/**
 * The learner ports on PostgreSQL, below the service: versions that touches leave alone, the
 * stored normal form of emails, the error of each unique key, and the indexes the lookups use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresLearnersTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00.123456Z");

    private final ThreadLocal<List<String>> sent = new ThreadLocal<>();
    private HikariDataSource pool;
    private StoreBackend backend;

    @BeforeAll
    void open() throws SQLException {
        var database = PostgresTestDatabases.freshDatabase();
        pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setSchema(PostgresStores.DEFAULT_SCHEMA);
        PostgresStores.migrate(pool);
        backend = PostgresStores.backend(pool, ConnectionSettings.DEFAULTS.writeAttempts(), sql -> {
            List<String> statements = sent.get();
            if (statements != null) {
                statements.add(sql);
            }
        });
        // enough learners and sessions that the planner prefers an index where one serves
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO learners (id, kind, email, email_normalized, academic_level, total_xp, preferences,
                                          metadata, created_at, last_active_at, version)
                    SELECT md5('learner' || n)::uuid, 'registered', 'L' || n || '@example.org', 'l' || n || '@example.org',
                           'beginner', 0, '{}', '{}', now(), now(), 1
                    FROM generate_series(1, 5000) AS n""");
            statement.execute("""
                    INSERT INTO learner_sessions (id, learner_id, token_hash, created_at, expires_at, last_seen_at)
                    SELECT gen_random_uuid(), md5('learner' || (n % 5000 + 1))::uuid, md5('token' || n) || md5('more' || n),
                           now() - n * interval '1 second', now() + n * interval '1 minute', now()
                    FROM generate_series(1, 20000) AS n""");
            statement.execute("ANALYZE");
        }
    }

    @AfterAll
    void close() {
        backend.close();
        pool.close();
    }

    // ---------------------------------------------------------------- learners

    @Test
    void updatesStepTheVersionByOneAndTouchesLeaveItAlone() {
        Learner learner = learner(LearnerProfile.withEmail(word() + "@example.org", "Before"));

        write(() -> {
            backend.learnerProfiles().touch(learner.id(), T0.plusSeconds(60));
            return null;
        });
        Learner touched = find(learner.id());
        assertEquals(T0.plusSeconds(60), touched.lastActiveAt());
        assertEquals(1, touched.version(), "a sign-in is no edit");
        write(() -> {
            backend.learnerProfiles().touch(learner.id(), T0.plusSeconds(30));
            return null;
        });
        assertEquals(T0.plusSeconds(60), find(learner.id()).lastActiveAt(), "never moved back");

        for (long expected = 1; expected <= 2; expected++) {
            long at = expected;
            Learner same = new Learner(learner.id(), learner.kind(), learner.profile(), 0, learner.createdAt(),
                    touched.lastActiveAt(), null, at + 1, null);
            write(() -> {
                backend.learnerProfiles().find(learner.id());
                backend.learnerProfiles().update(same, at);
                return null;
            });
            assertEquals(at + 1, find(learner.id()).version(), "an unchanged profile still steps the version once");
        }
        ConflictException stale = assertThrows(ConflictException.class, () -> write(() -> {
            backend.learnerProfiles().update(learner, 1);
            return null;
        }));
        assertEquals("version", stale.field());
    }

    @Test
    void aProfileEditDoesNotWriteBackTheLastActiveTimeOfATouchMadeMeanwhile() {
        Learner learner = learner(LearnerProfile.withEmail(word() + "@example.org", "Before"));
        Learner renamed = new Learner(learner.id(), learner.kind(), learner.profile().withAcademicLevel(Level.ADVANCED), 0,
                learner.createdAt(), learner.lastActiveAt(), null, 2, null);

        write(() -> {
            backend.learnerProfiles().find(learner.id());
            try (Connection connection = pool.getConnection(); PreparedStatement touch = connection.prepareStatement(
                    "UPDATE learners SET last_active_at = ? WHERE id = ?")) {
                touch.setObject(1, OffsetDateTime.ofInstant(T0.plusSeconds(600), ZoneOffset.UTC));
                touch.setObject(2, learner.id());
                touch.executeUpdate();
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
            backend.learnerProfiles().update(renamed, 1);
            return null;
        });

        Learner stored = find(learner.id());
        assertEquals(Level.ADVANCED, stored.profile().academicLevel());
        assertEquals(T0.plusSeconds(600), stored.lastActiveAt());
    }

    @Test
    void theEmailIsStoredLowerCasedBesideItAndIdentitiesFindOnlyLiveLearners() throws SQLException {
        String tag = word();
        Learner learner = learner(new LearnerProfile("ext-" + tag, "Ada." + tag + "@Example.ORG", "ada_" + tag,
                null, Level.BEGINNER, "{\"b\": 1,  \"a\":[2]}", null));

        assertEquals(List.of("Ada." + tag + "@Example.ORG", "ada." + tag + "@example.org", "{\"b\": 1,  \"a\":[2]}"),
                row("SELECT email, email_normalized, preferences FROM learners WHERE id = ?", learner.id()));
        assertEquals(Optional.of(learner), read(() -> backend.learnerProfiles().findByEmail("ada." + tag + "@example.org")));
        assertEquals(Optional.empty(), read(() -> backend.learnerProfiles().findByEmail("Ada." + tag + "@Example.ORG")),
                "the port is handed the normal form");

        Learner deleted = new Learner(learner.id(), learner.kind(), learner.profile(), 0, learner.createdAt(),
                learner.lastActiveAt(), null, 2, T0.plusSeconds(1));
        write(() -> {
            backend.learnerProfiles().update(deleted, 1);
            return null;
        });
        assertEquals(Optional.empty(), read(() -> backend.learnerProfiles().findByEmail("ada." + tag + "@example.org")));
        assertEquals(Optional.empty(), read(() -> backend.learnerProfiles().findByUsername("ada_" + tag)));
        assertEquals(Optional.empty(), read(() -> backend.learnerProfiles().findByExternalRef("ext-" + tag)));
        assertEquals(Optional.of(deleted), read(() -> backend.learnerProfiles().find(learner.id())), "by id, deleted or not");
    }

    @Test
    void eachUniqueKeyNamesItsFieldAndATakenTokenHashIsAConcurrentChange() {
        String tag = word();
        Learner taken = learner(new LearnerProfile("ext-" + tag, "grace." + tag + "@example.org", "grace_" + tag,
                null, null, null, null));
        Learner other = learner(LearnerProfile.withEmail("other." + tag + "@example.org", null));

        assertEquals("email", conflict(() -> insert(LearnerProfile.withEmail("GRACE." + tag + "@example.org", null))).field());
        assertEquals("externalRef", conflict(() -> insert(LearnerProfile.anonymous().withExternalRef("ext-" + tag))).field());
        assertEquals("username", conflict(() -> write(() -> {
            backend.learnerProfiles().update(new Learner(other.id(), other.kind(), other.profile().withUsername("grace_" + tag),
                    0, other.createdAt(), other.lastActiveAt(), null, 2, null), 1);
            return null;
        })).field());

        String hash = "ab".repeat(32);
        session(taken.id(), hash, T0);
        ConflictException sameHash = conflict(() -> session(other.id(), hash, T0));
        assertNull(sameHash.field(), sameHash.getMessage());
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void sessionsListNewestFirstRevokeOnceExpireByTheirTimeAndMove() {
        Learner learner = learner(LearnerProfile.anonymous());
        Learner survivor = learner(LearnerProfile.anonymous());
        // these expire long before any other session of the database: the first to expire, oldest first
        Instant longAgo = Instant.parse("2001-01-01T00:00:00.000001Z");
        UUID older = session(learner.id(), hash(), T0.minusSeconds(1), longAgo).id();
        UUID secondToExpire = session(learner.id(), hash(), T0, longAgo.plusSeconds(1)).id();
        List<UUID> sameMicrosecond = new ArrayList<>(List.of(secondToExpire,
                session(learner.id(), hash(), T0, longAgo.plusSeconds(2)).id()));
        sameMicrosecond.sort(java.util.Comparator.comparing(UUID::toString));

        assertEquals(List.of(sameMicrosecond.get(1), sameMicrosecond.get(0), older), sessionIds(learner.id()));

        write(() -> {
            backend.learnerSessions().revoke(List.of(older, sameMicrosecond.get(0)), T0.plusSeconds(1));
            return null;
        });
        write(() -> {
            backend.learnerSessions().revoke(List.of(sameMicrosecond.get(0), sameMicrosecond.get(1)), T0.plusSeconds(2));
            return null;
        });
        assertEquals(T0.plusSeconds(1), sessionAt(sameMicrosecond.get(0)).revokedAt(), "revoked once, kept");
        assertEquals(T0.plusSeconds(2), sessionAt(sameMicrosecond.get(1)).revokedAt());

        write(() -> {
            backend.learnerSessions().touch(older, T0.plusSeconds(5));
            backend.learnerSessions().touch(older, T0.plusSeconds(4));
            return null;
        });
        assertEquals(T0.plusSeconds(5), sessionAt(older).lastSeenAt(), "last seen never moves back");

        assertEquals(List.of(older, secondToExpire),
                read(() -> backend.learnerSessions().expired(longAgo.plusSeconds(10), 2)), "oldest expiry first, at most the limit");
        assertEquals(List.of(older), read(() -> backend.learnerSessions().expired(longAgo.plusSeconds(1), 10)),
                "expired before now, not at now");

        write(() -> {
            backend.learnerSessions().moveAll(learner.id(), survivor.id());
            return null;
        });
        assertEquals(List.of(), sessionIds(learner.id()));
        assertEquals(List.of(sameMicrosecond.get(1), sameMicrosecond.get(0), older), sessionIds(survivor.id()));
        write(() -> {
            backend.learnerSessions().delete(List.of(older, sameMicrosecond.get(1)));
            return null;
        });
        assertEquals(List.of(sameMicrosecond.get(0)), sessionIds(survivor.id()));
    }

    // ---------------------------------------------------------------- plans

    @Test
    void lookupsUseTheirIndexes() throws SQLException {
        Instant now = Instant.now();
        String byEmail = statementOf(() -> read(() -> backend.learnerProfiles().findByEmail("l42@example.org")), "from learners");
        assertTrue(explain(byEmail, "l42@example.org").contains("learners_email_normalized_key"), byEmail);

        UUID someone = UUID.nameUUIDFromBytes(new byte[0]);
        String bySession = statementOf(() -> read(() -> backend.learnerSessions().listByLearner(someone)), "from learner_sessions");
        assertTrue(explain(bySession, someone).contains("learner_sessions_learner_idx"), bySession);

        String expired = statementOf(() -> read(() -> backend.learnerSessions().expired(now, 100)), "from learner_sessions");
        String plan = explain(expired, OffsetDateTime.ofInstant(now.plus(Duration.ofMinutes(10)), ZoneOffset.UTC), 100);
        assertTrue(plan.contains("learner_sessions_expires_idx"), plan);
        assertFalse(plan.contains("Sort"), "the index gives the order: " + plan);
    }

    // ---------------------------------------------------------------- helpers

    private Learner learner(LearnerProfile profile) {
        return write(() -> insert(profile));
    }

    private Learner insert(LearnerProfile profile) {
        var learner = new Learner(UUID.randomUUID(), profile.hasIdentity() ? LearnerKind.REGISTERED : LearnerKind.ANONYMOUS,
                profile, 0, T0, T0, null, 1, null);
        return write(() -> {
            backend.learnerProfiles().insert(learner);
            return learner;
        });
    }

    private Learner find(UUID id) {
        return read(() -> backend.learnerProfiles().find(id)).orElseThrow();
    }

    private LearnerSession session(UUID learnerId, String tokenHash, Instant createdAt) {
        return session(learnerId, tokenHash, createdAt, T0.plus(Duration.ofHours(1)));
    }

    private LearnerSession session(UUID learnerId, String tokenHash, Instant createdAt, Instant expiresAt) {
        var session = new LearnerSession(UUID.randomUUID(), learnerId, createdAt, expiresAt, createdAt, null, null, null);
        return write(() -> {
            backend.learnerSessions().insert(session, tokenHash);
            return session;
        });
    }

    private LearnerSession sessionAt(UUID id) {
        return read(() -> backend.learnerSessions().find(id)).orElseThrow();
    }

    private List<UUID> sessionIds(UUID learnerId) {
        return read(() -> backend.learnerSessions().listByLearner(learnerId)).stream().map(LearnerSession::id).toList();
    }

    private Assessment quiz() {
        return write(() -> {
            var course = new Course(UUID.randomUUID(), CourseDetails.builder("c-" + UUID.randomUUID(), "Course").build(),
                    CourseStatus.DRAFT, 1, T0, T0, null);
            backend.courses().insert(course);
            var quiz = new Assessment(UUID.randomUUID(), course.id(), null,
                    AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz").build(), 1, T0, T0);
            backend.assessmentDefinitions().insert(quiz);
            return quiz;
        });
    }

    /** {@code submitted} attempts numbered 1 on, then one in progress. */
    private List<Attempt> attempts(Assessment quiz, UUID learnerId, int submitted) {
        List<Attempt> attempts = new ArrayList<>();
        for (int number = 1; number <= submitted + 1; number++) {
            boolean open = number > submitted;
            attempts.add(new Attempt(UUID.randomUUID(), quiz.id(), learnerId, number,
                    open ? AttemptStatus.IN_PROGRESS : AttemptStatus.SUBMITTED, T0, null, open ? null : T0.plusSeconds(number),
                    open ? null : 1.0, open ? null : 1.0, open ? null : 100.0, open ? null : true, null, List.of(), 1, null, null));
        }
        return write(() -> {
            attempts.forEach(backend.attempts()::insert);
            return List.copyOf(attempts);
        });
    }

    private Optional<Integer> override(Assessment quiz, UUID learnerId) {
        return read(() -> backend.assessmentDefinitions().findOverride(quiz.id(), learnerId)).map(AttemptOverride::extraAttempts);
    }

    @SafeVarargs
    private static List<UUID> ids(List<Attempt>... lists) {
        List<UUID> ids = new ArrayList<>();
        for (List<Attempt> list : lists) {
            list.forEach(attempt -> ids.add(attempt.id()));
        }
        return ids;
    }

    private static List<Integer> numbers(int upTo) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= upTo; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    private static String word() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static ConflictException conflict(Runnable call) {
        return assertThrows(ConflictException.class, call::run);
    }

    private List<String> row(String sql, Object parameter) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getString(i));
                }
                return values;
            }
        }
    }

    /** The first statement {@code call} sends that contains {@code marker}. */
    private String statementOf(Runnable call, String marker) {
        return statements(call).stream().filter(sql -> sql.contains(marker)).findFirst().orElseThrow();
    }

    private String explain(String sql, Object... parameters) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
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
