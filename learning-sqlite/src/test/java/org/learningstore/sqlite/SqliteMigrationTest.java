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
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.CourseSearchHit;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.SchemaVersionException;
import org.learningstore.core.error.StoreUnavailableException;

/** The store's own migrations beside a host's, the schema version check, and one database moving between the file and Turso. */
class SqliteMigrationTest {
    private static final StoreOptions NO_MIGRATION = StoreOptions.defaults().withMigrateOnOpen(false);

    @Test
    void aHostsFlywayAndTheStoreShareOneFileAndNeitherSeesTheOthersMigrations(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("shared.db");
        String url = "jdbc:sqlite:" + file;

        Flyway.configure().dataSource(url, null, null).load().migrate();
        Course course;
        try (LearningStore store = SqliteStores.open(file)) {
            course = store.catalog().createCourse(CourseDetails.builder("shared", "Shared").build());
        }
        execute(url, "INSERT INTO host_orders (id, item) VALUES (1, 'book')");
        Flyway.configure().dataSource(url, null, null).load().migrate();

        try (LearningStore reopened = SqliteStores.open(file)) {
            assertEquals(course, reopened.catalog().findCourse(course.id()).orElseThrow());
        }
        assertEquals(List.of(List.of("1", "V1__host_orders.sql")),
                rows(url, "SELECT version, script FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of(List.of("1", "book")), rows(url, "SELECT id, item FROM host_orders"));
        assertEquals(List.of(List.of("1"), List.of("1.1"), List.of("1.2"), List.of("2"), List.of("3"), List.of("4"), List.of("5"), List.of("6"),
                List.of("7"), List.of("8"), List.of("10"), List.of("11"), List.of("12")),
                rows(url, "SELECT version FROM learning_store_schema_history ORDER BY CAST(version AS REAL)"));
    }

    @Test
    void aHostsFlywayComingSecondBaselinesBesideTheStore(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("store-first.db");
        String url = "jdbc:sqlite:" + file;
        SqliteStores.open(file).close();

        Flyway.configure().dataSource(url, null, null).baselineOnMigrate(true).baselineVersion("0").load().migrate();

        assertEquals(List.of(List.of("0", "<< Flyway Baseline >>"), List.of("1", "V1__host_orders.sql")),
                rows(url, "SELECT version, script FROM flyway_schema_history ORDER BY installed_rank"));
        SqliteStores.open(file).close();
    }

    @Test
    void withMigrationOffAnUnmigratedFileIsRefusedAndMigrateMakesItCurrent(@TempDir Path dir) {
        Path file = dir.resolve("deploy.db");

        var behind = assertThrows(SchemaVersionException.class, () -> SqliteStores.open(file, NO_MIGRATION));
        assertEquals("none", behind.found());
        assertEquals("12", behind.expected());
        assertTrue(behind.behind());
        assertFalse(behind.retryable());
        assertEquals("the store's schema is at version none and this library works on version 12: migrate it first",
                behind.getMessage());

        SqliteStores.migrate(file);
        try (LearningStore store = SqliteStores.open(file, NO_MIGRATION)) {
            assertEquals(0, store.catalog().searchCourses("anything", 10).size());
        }
    }

    @Test
    void aSchemaMigratedByANewerLibraryIsRefusedWhetherOrNotMigrationIsOn(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("newer.db");
        SqliteStores.migrate(file);
        execute("jdbc:sqlite:" + file, "INSERT INTO learning_store_schema_history VALUES ('99', 'from the future', "
                + "'V99__from_the_future.sql', 1, 0, 1)");

        for (StoreOptions options : List.of(StoreOptions.defaults(), NO_MIGRATION)) {
            var ahead = assertThrows(SchemaVersionException.class, () -> SqliteStores.open(file, options));
            assertEquals("99", ahead.found());
            assertEquals("12", ahead.expected());
            assertFalse(ahead.behind());
            assertEquals("the store's schema is at version 99 and this library works on version 12: it was migrated by a"
                    + " newer library", ahead.getMessage());
        }
    }

    @Test
    void oneDatabaseMovesFromTheFileToTursoAndBack(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("moving.db");
        Course fromFile;
        try (LearningStore store = SqliteStores.open(file)) {
            fromFile = store.catalog().createCourse(CourseDetails.builder("from-file", "Gradient descent").build());
            CourseModule module = store.catalog().addModule(fromFile.id(), ModuleDetails.of("Basics"));
            store.catalog().addLesson(module.id(), LessonDetails.builder("Learning rates").build());
        }
        try (TursoTestServer server = TursoTestServer.serving(file)) {
            var refused = assertThrows(StoreUnavailableException.class, () -> TursoStores.open(server.url(), server.token()));
            assertEquals("this database still holds the SQLite file's FTS5 search index, which Turso cannot serve: run"
                    + " SqliteStores.prepareForTurso on the file before serving it", refused.getMessage());
        }
        SqliteStores.prepareForTurso(file);

        Course fromTurso;
        try (TursoTestServer server = TursoTestServer.serving(file);
                LearningStore turso = TursoStores.open(server.url(), server.token())) {
            assertEquals(fromFile, turso.catalog().findCourse(fromFile.id()).orElseThrow());
            fromTurso = turso.catalog().createCourse(CourseDetails.builder("from-turso", "Gradient boosting").build());
            assertEquals(List.of("Gradient boosting", "Gradient descent"), titles(turso.catalog().searchCourses("gradient", 10)));
        }

        try (LearningStore back = SqliteStores.open(file)) {
            assertEquals(fromTurso, back.catalog().findCourse(fromTurso.id()).orElseThrow());
            assertEquals(List.of("Gradient boosting", "Gradient descent"), titles(back.catalog().searchCourses("gradient", 10)));
            assertEquals(List.of("Gradient descent"), titles(back.catalog().searchCourses("learning rates", 10)));
            back.catalog().createCourse(CourseDetails.builder("back-on-file", "Gradient clipping").build());
        }
        assertEquals(List.of(List.of("ok")), rows("jdbc:sqlite:" + file, "PRAGMA integrity_check"));
        SqliteStores.prepareForTurso(file);

        try (TursoTestServer server = TursoTestServer.serving(file);
                LearningStore turso = TursoStores.open(server.url(), server.token(), NO_MIGRATION)) {
            assertEquals(3, turso.catalog().searchCourses("gradient", 10).size());
        }
        assertEquals(List.of(List.of("ok")), rows("jdbc:sqlite:" + file, "PRAGMA integrity_check"));
    }

    @Test
    void withMigrationOffAnUnmigratedTursoDatabaseIsRefused(@TempDir Path dir) {
        try (TursoTestServer server = TursoTestServer.serving(dir.resolve("empty.db"))) {
            var behind = assertThrows(SchemaVersionException.class,
                    () -> TursoStores.open(server.url(), server.token(), NO_MIGRATION));
            assertEquals("none", behind.found());
            assertTrue(behind.behind());

            TursoStores.migrate(server.url(), server.token());
            TursoStores.open(server.url(), server.token(), NO_MIGRATION).close();
        }
    }

    private static List<String> titles(List<CourseSearchHit> hits) {
        return hits.stream().map(hit -> hit.course().title()).sorted().toList();
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<List<String>> rows(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    row.add(rows.getString(column));
                }
                result.add(row);
            }
            return result;
        }
    }
}
