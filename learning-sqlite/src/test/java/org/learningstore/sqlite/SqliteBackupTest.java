package org.learningstore.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.StoreUnavailableException;

/** The online backup of a SQLite file while writers run, and the restore of a backup. */
class SqliteBackupTest {
    private static final int WRITERS = 3;
    private static final int RETURNED_BEFORE_BACKUP = 60;

    @Test
    void aBackupTakenDuringAWriteLoadIsIntactAndHoldsEveryCallThatReturnedBeforeIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("live.db");
        Path copy = dir.resolve("backups/live-copy.db");
        Queue<UUID> returned = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<UUID> beforeBackup;
        try (LearningStore store = SqliteStores.open(file)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                running.add(writers.submit(() -> {
                    while (!stop.get()) {
                        returned.add(store.learners().createAnonymous().id());
                    }
                }));
            }
            while (returned.size() < RETURNED_BEFORE_BACKUP) {
                Thread.sleep(5);
            }
            beforeBackup = List.copyOf(returned);
            SqliteStores.backup(file, copy);
            int returnedByTheEndOfTheBackup = returned.size();
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
            assertTrue(returnedByTheEndOfTheBackup > beforeBackup.size(),
                    "the writers went on while the backup ran: " + returnedByTheEndOfTheBackup + " after " + beforeBackup.size());
        } finally {
            writers.shutdownNow();
        }

        assertEquals(List.of("ok"), column(copy, "PRAGMA integrity_check"));
        try (LearningStore restored = SqliteStores.open(copy)) {
            for (UUID learner : beforeBackup) {
                assertEquals(learner, restored.learners().find(learner).orElseThrow().id());
            }
        }
    }

    @Test
    void aBackupRestoresToTheFilesPathAfterTheDamagedFileIsMovedAside(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("store.db");
        Path backup = dir.resolve("store-backup.db");
        Course course;
        try (LearningStore store = SqliteStores.open(file)) {
            course = store.catalog().createCourse(CourseDetails.builder("kept", "Kept").build());
            SqliteStores.backup(file, backup);
            store.catalog().createCourse(CourseDetails.builder("after", "After the backup").build());
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }

        SqliteStores.restore(backup, file);

        try (LearningStore store = SqliteStores.open(file)) {
            assertEquals(course, store.catalog().findCourse(course.id()).orElseThrow());
            assertFalse(store.catalog().findCourseBySlug("after").isPresent());
        }
    }

    @Test
    void aTargetThatExistsIsRefusedAndLeftAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("store.db");
        SqliteStores.open(file).close();
        Path taken = Files.writeString(dir.resolve("taken.db"), "host data");
        Files.writeString(dir.resolve("stale.db-wal"), "an old log");

        var exists = assertThrows(InvalidInputException.class, () -> SqliteStores.backup(file, taken));
        assertEquals("target", exists.field());
        assertEquals("already exists: move it aside first", exists.reason());
        assertEquals("host data", Files.readString(taken));

        var staleLog = assertThrows(InvalidInputException.class, () -> SqliteStores.backup(file, dir.resolve("stale.db")));
        assertEquals("target", staleLog.field());
        assertEquals("already exists (its -wal file): move it aside first", staleLog.reason());
        assertFalse(Files.exists(dir.resolve("stale.db")));

        var restoreOver = assertThrows(InvalidInputException.class, () -> SqliteStores.restore(taken, file));
        assertEquals("file", restoreOver.field());
        assertEquals("already exists: move it aside first", restoreOver.reason());
    }

    @Test
    void aMissingSourceOrADamagedBackupIsRefusedWithoutWritingAnything(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.db");
        var noFile = assertThrows(InvalidInputException.class, () -> SqliteStores.backup(missing, dir.resolve("copy.db")));
        assertEquals("file", noFile.field());
        assertEquals("is not an existing file", noFile.reason());

        Path damaged = Files.write(dir.resolve("damaged.db"), new byte[4096]);
        Files.write(damaged, "not a SQLite file at all".getBytes(), java.nio.file.StandardOpenOption.WRITE);
        var broken = assertThrows(InvalidInputException.class, () -> SqliteStores.restore(damaged, dir.resolve("restored.db")));
        assertEquals("backup", broken.field());
        assertEquals("is not a readable SQLite file", broken.reason());
        assertFalse(Files.exists(dir.resolve("restored.db")));

        var failedCopy = assertThrows(StoreUnavailableException.class,
                () -> SqliteStores.backup(damaged, dir.resolve("copies/copy.db")));
        assertEquals("copying " + damaged + " to " + dir.resolve("copies/copy.db") + " failed (SQLITE_NOTADB)",
                failedCopy.getMessage());
        assertFalse(failedCopy.retryable());
        try (var left = Files.list(dir.resolve("copies"))) {
            assertEquals(List.of(), left.toList(), "no target and no part file");
        }
    }

    private static List<String> column(Path file, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
