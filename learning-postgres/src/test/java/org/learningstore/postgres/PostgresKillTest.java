package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.LearningStoreException;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.paging.PageRequest;

/**
 * An embedded PostgreSQL killed ({@code kill -9} of the postmaster and every backend) while two
 * threads write through one store, then restarted on the same data directory and port: the same
 * store object works again with no reopen, every error meanwhile is typed (unavailable and
 * retryable, or outcome unknown for a commit whose acknowledgement was lost; never a false "not
 * found"), every course a caller saw created is there with its audit entry, and the time recorded
 * is exactly what the callers were told, give or take the writes whose outcome was unknown.
 */
@Tag("faults")
class PostgresKillTest {
    private static final int KILLS = Boolean.getBoolean("faults.long") ? 20 : 2;
    private static final String OUTCOME_UNKNOWN = "the outcome of the write is unknown";

    @TempDir
    Path dir;

    @Test
    void theSameStoreWorksAfterEachCrashAndNothingPartialRemains() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        int port = freePort();
        EmbeddedPostgres server = start(data, port);
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        var random = new Random(Long.getLong("faults.seed", 20261129L));
        var created = new ConcurrentLinkedQueue<UUID>();
        var failures = new ConcurrentHashMap<String, AtomicInteger>();
        var secondsTold = new AtomicInteger();
        var secondsUnknown = new AtomicInteger();
        try (LearningStore store = PostgresStores.open(url)) {
            UUID learner = store.learners().createAnonymous().id();
            var course = store.catalog().createCourse(CourseDetails.builder("pg-kill-" + UUID.randomUUID(), "Kill").build());
            UUID lesson = store.catalog().addLesson(store.catalog().addModule(course.id(), ModuleDetails.of("M")).id(),
                    LessonDetails.builder("L").build()).id();
            store.catalog().publishCourse(course.id());
            store.progress().enroll(learner, course.id());
            store.progress().startLesson(learner, lesson);

            for (int kill = 1; kill <= KILLS; kill++) {
                var running = new AtomicBoolean(true);
                Thread courses = load(running, failures, () -> created.add(store.catalog()
                        .createCourse(CourseDetails.builder("pg-kill-" + UUID.randomUUID(), "Kill").build()).id()));
                Thread time = load(running, failures, () -> {
                    try {
                        store.progress().recordTime(learner, lesson, Duration.ofSeconds(1));
                        secondsTold.incrementAndGet();
                    } catch (StoreUnavailableException e) {
                        if (e.getMessage().startsWith("recordTime failed: " + OUTCOME_UNKNOWN)) {
                            secondsUnknown.incrementAndGet();
                        }
                        throw e;
                    }
                });
                Thread.sleep(300 + random.nextInt(700));
                crash(data);
                server.close();
                Thread.sleep(random.nextInt(500));
                server = start(data, port);
                awaitWorking(store);
                running.set(false);
                courses.join(TimeUnit.MINUTES.toMillis(2));
                time.join(TimeUnit.MINUTES.toMillis(2));
            }

            for (UUID id : created) {
                assertTrue(store.catalog().findCourse(id).isPresent(), "a created course is gone: " + id);
            }
            long recorded = store.progress().lessonProgress(learner, lesson).orElseThrow().timeSpent().toSeconds();
            assertTrue(recorded >= secondsTold.get() && recorded <= secondsTold.get() + secondsUnknown.get(),
                    recorded + " s recorded, " + secondsTold.get() + " s told, " + secondsUnknown.get() + " s unknown");
            assertEquals(0, coursesWithoutTheirAuditEntry(url));
        } finally {
            server.close();
        }
        assertEquals(List.of(), failures.keySet().stream()
                .filter(kind -> !kind.equals("StoreUnavailableException retryable=true")
                        && !kind.equals("StoreUnavailableException outcome unknown"))
                .toList());
        System.out.printf("faults: %d PostgreSQL kills, %d courses created and present, errors meanwhile %s%n",
                KILLS, created.size(), failures);
    }

    /** A course and its audit entry are written in one transaction: never one without the other. */
    private static long coursesWithoutTheirAuditEntry(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM learning_store.courses c WHERE NOT EXISTS "
                        + "(SELECT 1 FROM learning_store.audit_log a WHERE a.entity_type = 'course' AND a.entity_id = c.id)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Thread load(AtomicBoolean running, Map<String, AtomicInteger> failures, Runnable call) {
        Thread thread = new Thread(() -> {
            while (running.get()) {
                try {
                    call.run();
                } catch (StoreUnavailableException e) {
                    failures.computeIfAbsent(e.getMessage().startsWith(e.operation() + " failed: " + OUTCOME_UNKNOWN) && !e.retryable()
                            ? "StoreUnavailableException outcome unknown"
                            : "StoreUnavailableException retryable=" + e.retryable(), k -> new AtomicInteger()).incrementAndGet();
                } catch (LearningStoreException e) {
                    failures.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                            k -> new AtomicInteger()).incrementAndGet();
                } catch (RuntimeException e) {
                    failures.computeIfAbsent("untyped " + e, k -> new AtomicInteger()).incrementAndGet();
                }
            }
        }, "pg-kill-load");
        thread.start();
        return thread;
    }

    private static void awaitWorking(LearningStore store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try {
                store.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(1));
                return;
            } catch (StoreUnavailableException down) {
                if (System.nanoTime() > deadline) {
                    throw down;
                }
                Thread.sleep(100);
            }
        }
    }

    /** kill -9 of the postmaster and all its children, as a machine losing the process would. */
    private static void crash(Path data) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
        List<ProcessHandle> backends = handle.descendants().toList();
        handle.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        handle.onExit().join();
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        // zonky turns synchronous_commit off for speed: a crash would then lose commits already acknowledged
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on").start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
