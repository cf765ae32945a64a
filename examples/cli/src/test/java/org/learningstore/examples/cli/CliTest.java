package org.learningstore.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.postgres.PostgresTestDatabases;
import org.learningstore.sqlite.SqliteStores;
import org.learningstore.sqlite.TursoTestServer;

/** The tool's main entry, run as its command line would, against real databases. */
class CliTest {
    private record Run(int exitCode, String out, String err) {
    }

    /** What status prints after migrate and seed: the demo catalog, audited, and nothing else. */
    private static List<String> statusLines(String database, String backend) {
        return List.of(
                "database: " + database,
                "backend: " + backend,
                "schema version: 8",
                "rows:",
                "  courses                6",
                "  modules               12",
                "  lessons               30",
                "  skills                 7",
                "  assessments            0",
                "  questions              0",
                "  learners               0",
                "  enrollments            0",
                "  lesson_progress        0",
                "  attempts               0",
                "  discussion_posts       0",
                "  projects               0",
                "  xp_entries             0",
                "  learning_events        0",
                "  audit_log             91");
    }

    @Test
    void migrateSeedStatusAndBackupOnASqliteFile(@TempDir Path dir) {
        String file = dir.resolve("app.db").toString();

        Run migrate = run("--db", file, "migrate");
        assertEquals(new Run(0, "Migrated SQLite file " + file + ": schema version 8\n", ""), migrate);

        Run seed = run("--db", file, "seed");
        assertEquals(new Run(0, "Demo catalog: 6 courses added\n", ""), seed);
        assertEquals(new Run(0, "Demo catalog: 0 courses added\n", ""), run("--db", file, "seed"));

        Run status = run("--db=" + file, "status");
        assertEquals(0, status.exitCode());
        assertEquals(statusLines("SQLite file " + file, "sqlite"), status.out().lines().toList());

        Path copy = dir.resolve("backups/app-copy.db");
        assertEquals(new Run(0, "Backed up SQLite file " + file + " to " + copy + "\n", ""),
                run("--db", file, "backup", copy.toString()));
        try (LearningStore restored = SqliteStores.open(copy)) {
            assertEquals(6, restored.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(10)).totalElements());
        }
        assertEquals(new Run(1, "", "error: target: already exists: move it aside first\n"),
                run("--db", file, "backup", copy.toString()));
    }

    @Test
    void statusNeverMigratesAndSaysTheSchemaIsBehind(@TempDir Path dir) {
        Path file = dir.resolve("new.db");

        Run status = run("--db", file.toString(), "status");

        assertEquals(new Run(1, "", "error: the store's schema is at version none and this library works on version 8: "
                + "migrate it first\n"), status);
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        String file = dir.resolve("app.db").toString();
        String usage = "usage: cli [--db TARGET] backup FILE | migrate | seed | status\n";

        assertEquals(new Run(2, "", "no command given\n" + usage), run("--db", file));
        assertEquals(new Run(2, "", "unknown command: export\n" + usage), run("--db", file, "export", "someone"));
        assertEquals(new Run(2, "", "usage: cli [--db TARGET] backup FILE\n"), run("--db", file, "backup"));
        assertFalse(Files.exists(Path.of(file)));
    }

    @Test
    void migrateSeedAndStatusOnPostgresqlAndBackupPointsToItsProcedure() {
        var database = PostgresTestDatabases.freshDatabase();
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "user=" + database.user()
                + (database.password() == null ? "" : "&password=" + database.password());
        String shown = "PostgreSQL " + database.jdbcUrl().split("\\?")[0];

        assertEquals(new Run(0, "Migrated " + shown + ": schema version 8\n", ""), run("--db", url, "migrate"));
        assertEquals(new Run(0, "Demo catalog: 6 courses added\n", ""), run("--db", url, "seed"));
        Run status = run("--db", url, "status");
        assertEquals(0, status.exitCode());
        assertEquals(statusLines(shown, "postgresql"), status.out().lines().toList());
        assertEquals(new Run(2, "", "backup copies a SQLite file; " + shown + " has its own procedure: "
                + "see \"Backup and recovery\" in the README\n"), run("--db", url, "backup", "copy.db"));
    }

    @Test
    void migrateSeedAndStatusOnTurso() {
        String url = TursoTestServer.shared().url().toString();

        assertEquals(new Run(0, "Migrated Turso " + url + ": schema version 8\n", ""), run("--db", url, "migrate"));
        assertEquals(new Run(0, "Demo catalog: 6 courses added\n", ""), run("--db", url, "seed"));
        Run status = run("--db", url, "status");

        assertEquals(0, status.exitCode(), status.err());
        assertEquals(statusLines("Turso " + url, "turso"), status.out().lines().toList());
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
