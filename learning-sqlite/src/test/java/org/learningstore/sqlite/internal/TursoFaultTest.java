package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.contract.MutableClock;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.sqlite.TursoStores;
import org.learningstore.sqlite.TursoTestServer;
import org.learningstore.sqlite.internal.FaultProxy.Fault;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.TursoClient;

/**
 * The fault suite on Turso: a {@link FaultProxy} between the store and the real server loses,
 * delays and refuses write batches; every write is applied exactly once or, when the server cannot
 * be asked, reported as a typed outcome-unknown error with nothing applied.
 */
@Tag("faults")
class TursoFaultTest {
    /** The client's timeout in this suite; the proxy's late answers come well after it. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(600);
    private static final Duration LATE = Duration.ofMillis(1_500);

    private static TursoTestServer server;
    private static FaultProxy proxy;
    private static LearningStore store;
    private static TursoClient direct;

    @BeforeAll
    static void openThroughTheProxy() throws Exception {
        server = TursoTestServer.shared();
        TursoStores.open(server.url(), server.token()).close();
        proxy = new FaultProxy(server.url(), LATE);
        var clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        var client = new TursoClient(proxy.url(), server.token(), Duration.ofSeconds(2), CLIENT_TIMEOUT);
        store = LearningStore.of(SqliteStoreBackend.over(new TursoExecutor(client, clock), "turso",
                SchemaMigrator.HISTORY_TABLE, StoreOptions.defaults().connections().writeAttempts()),
                new StoreOptions(clock, StatementListener.NONE));
        direct = new TursoClient(server.url(), server.token(), Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
        proxy.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aCourseIsCreatedOnceWhateverHappensToItsWrite(Fault fault) throws Exception {
        String slug = "fault-" + fault.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID();

        proxy.armForNextWrite(fault);
        Course created = store.catalog().createCourse(CourseDetails.builder(slug, "Faults").build());
        proxy.awaitLateRequests();

        assertTrue(proxy.fired());
        assertEquals(1L, count("SELECT count(*) FROM courses WHERE slug = ?", slug));
        assertEquals(created, store.catalog().findCourseBySlug(slug).orElseThrow());
        assertEquals(1L, count("SELECT count(*) FROM audit_log WHERE entity_id = ?", created.id().toString()));
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void sixtySecondsAreRecordedOnceWhateverHappensToTheirWrite(Fault fault) throws Exception {
        UUID learner = store.learners().createAnonymous().id();
        var catalog = store.catalog();
        Course course = catalog.createCourse(CourseDetails.builder("fault-time-" + UUID.randomUUID(), "Time").build());
        Lesson lesson = catalog.addLesson(catalog.addModule(course.id(), ModuleDetails.of("One")).id(),
                LessonDetails.builder("First").build());
        catalog.publishCourse(course.id());
        store.progress().enroll(learner, course.id());
        store.progress().startLesson(learner, lesson.id());

        proxy.armForNextWrite(fault);
        LessonProgress recorded = store.progress().recordTime(learner, lesson.id(), Duration.ofSeconds(60));
        proxy.awaitLateRequests();

        assertTrue(proxy.fired());
        assertEquals(Duration.ofSeconds(60), recorded.timeSpent());
        assertEquals(Duration.ofSeconds(60), store.progress().lessonProgress(learner, lesson.id()).orElseThrow().timeSpent());
    }

    @Test
    void aWriteWhileTheServerIsDownIsAnOutcomeUnknownErrorAndTheSameStoreWorksAfterTheRestart() {
        String slug = "fault-restart-" + UUID.randomUUID();
        server.kill();
        try {
            StoreUnavailableException down = assertThrows(StoreUnavailableException.class,
                    () -> store.catalog().createCourse(CourseDetails.builder(slug, "Restart").build()));
            assertFalse(down.retryable());
            assertEquals("createCourse failed: the outcome of the write is unknown: its answer was lost and the server"
                    + " could not be asked whether it committed; read the data back before trying again", down.getMessage());
            assertNull(down.getCause());
        } finally {
            server.ensureRunning();
        }
        assertEquals(0L, count("SELECT count(*) FROM courses WHERE slug = ?", slug));

        Course created = store.catalog().createCourse(CourseDetails.builder(slug, "Restart").build());
        assertEquals(created, store.catalog().findCourseBySlug(slug).orElseThrow());
        assertEquals(1L, count("SELECT count(*) FROM courses WHERE slug = ?", slug));
    }

    @Test
    void aStoreErrorNamesNeitherTheEndpointNorTheReplyAndKeepsThemOnlyInTheOptInCause() throws Exception {
        URI nobody;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        for (boolean keep : List.of(false, true)) {
            var clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
            var client = new TursoClient(nobody, server.token(), Duration.ofSeconds(2), CLIENT_TIMEOUT);
            try (LearningStore unreachable = LearningStore.of(SqliteStoreBackend.over(new TursoExecutor(client, clock), "turso",
                    SchemaMigrator.HISTORY_TABLE, 1), new StoreOptions(clock, StatementListener.NONE).withKeepDriverCause(keep))) {
                StoreUnavailableException down = assertThrows(StoreUnavailableException.class,
                        () -> unreachable.catalog().findCourse(UUID.randomUUID()));
                assertEquals("findCourse failed: cannot connect to Turso", down.getMessage());
                assertTrue(down.retryable());
                if (keep) {
                    assertEquals("Turso at " + nobody + "/v2/pipeline refused the connection",
                            down.getCause().getCause().getMessage());
                } else {
                    assertNull(down.getCause());
                }
            }
        }
    }

    @Test
    void writeIdsOlderThanADayArePurgedByTheFirstWriteOfTheHour() {
        var clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        var log = new TursoWriteLog(clock);
        assertEquals(List.of(SqlValues.micros(Instant.parse("2026-11-28T10:00:00Z"))),
                log.purgeIfDue().orElseThrow().args());
        clock.advance(Duration.ofMinutes(59));
        assertTrue(log.purgeIfDue().isEmpty());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(SqlValues.micros(Instant.parse("2026-11-28T11:00:00Z"))),
                log.purgeIfDue().orElseThrow().args());
    }

    private static long count(String sql, String arg) {
        return (Long) direct.execute(List.of(Statement.of(sql, arg))).get(0).rows().get(0).get(0);
    }
}
