package org.learningstore.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.privacy.Privacy;
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
                "schema version: 12",
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
        assertEquals(new Run(0, "Migrated SQLite file " + file + ": schema version 12\n", ""), migrate);

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

        exportsTheLearnerToStandardOutput(file);
    }

    @Test
    void exportWritesTheDocumentToAFileWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        String file = dir.resolve("app.db").toString();
        assertEquals(0, run("--db", file, "migrate").exitCode());
        UUID learner = anonymousLearner(file);
        Path target = dir.resolve("exports/learner.json");

        assertEquals(new Run(0, "Exported learner " + learner + " to " + target + "\n", ""),
                run("--db", file, "export", learner.toString(), "--out", target.toString()));
        assertExportOf(learner, Files.readString(target));

        UUID unknown = UUID.randomUUID();
        Path missing = dir.resolve("exports/unknown.json");
        assertEquals(new Run(1, "", "error: learner " + unknown + " not found\n"),
                run("--db", file, "export", unknown.toString(), "--out", missing.toString()));
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList());
        }
    }

    @Test
    void statusNeverMigratesAndSaysTheSchemaIsBehind(@TempDir Path dir) {
        Path file = dir.resolve("new.db");

        Run status = run("--db", file.toString(), "status");

        assertEquals(new Run(1, "", "error: the store's schema is at version none and this library works on version 12: "
                + "migrate it first\n"), status);
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        String file = dir.resolve("app.db").toString();
        String usage = "usage: cli [--db TARGET] backup FILE | export LEARNER_ID [--out FILE] | migrate | seed | status\n";
        String exportUsage = "usage: cli [--db TARGET] export LEARNER_ID [--out FILE]\n";

        assertEquals(new Run(2, "", "no command given\n" + usage), run("--db", file));
        assertEquals(new Run(2, "", "unknown command: import\n" + usage), run("--db", file, "import", "someone"));
        assertEquals(new Run(2, "", "usage: cli [--db TARGET] backup FILE\n"), run("--db", file, "backup"));
        assertEquals(new Run(2, "", "not a learner id: someone\n" + exportUsage), run("--db", file, "export", "someone"));
        assertEquals(new Run(2, "", "not a learner id: 1-2-3-4-5\n" + exportUsage), run("--db", file, "export", "1-2-3-4-5"));
        assertEquals(new Run(2, "", exportUsage), run("--db", file, "export"));
        assertEquals(new Run(2, "", exportUsage), run("--db", file, "export", UUID.randomUUID().toString(), "--to", "x.json"));
        assertFalse(Files.exists(Path.of(file)));
    }

    @Test
    void migrateSeedAndStatusOnPostgresqlAndBackupPointsToItsProcedure() {
        var database = PostgresTestDatabases.freshDatabase();
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "user=" + database.user()
                + (database.password() == null ? "" : "&password=" + database.password());
        String shown = "PostgreSQL " + database.jdbcUrl().split("\\?")[0];

        assertEquals(new Run(0, "Migrated " + shown + ": schema version 12\n", ""), run("--db", url, "migrate"));
        assertEquals(new Run(0, "Demo catalog: 6 courses added\n", ""), run("--db", url, "seed"));
        Run status = run("--db", url, "status");
        assertEquals(0, status.exitCode());
        assertEquals(statusLines(shown, "postgresql"), status.out().lines().toList());
        assertEquals(new Run(2, "", "backup copies a SQLite file; " + shown + " has its own procedure: "
                + "see \"Backup and recovery\" in the README\n"), run("--db", url, "backup", "copy.db"));
        exportsTheLearnerToStandardOutput(url);
    }

    @Test
    void migrateSeedAndStatusOnTurso() {
        String url = TursoTestServer.shared().url().toString();

        assertEquals(new Run(0, "Migrated Turso " + url + ": schema version 12\n", ""), run("--db", url, "migrate"));
        assertEquals(new Run(0, "Demo catalog: 6 courses added\n", ""), run("--db", url, "seed"));
        Run status = run("--db", url, "status");

        assertEquals(0, status.exitCode(), status.err());
        assertEquals(statusLines("Turso " + url, "turso"), status.out().lines().toList());
        exportsTheLearnerToStandardOutput(url);
    }

    /** The document on stdout, then the typed refusal of a learner the store does not hold. */
    private static void exportsTheLearnerToStandardOutput(String db) {
        UUID learner = anonymousLearner(db);

        Run export = run("--db", db, "export", learner.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("", export.err());
        assertTrue(export.out().endsWith("}\n"), export.out());
        assertExportOf(learner, export.out());

        UUID unknown = UUID.randomUUID();
        assertEquals(new Run(1, "", "error: learner " + unknown + " not found\n"), run("--db", db, "export", unknown.toString()));
    }

    private static UUID anonymousLearner(String db) {
        try (LearningStore store = Database.parse(db).open(StoreOptions.defaults())) {
            return store.learners().createAnonymous().id();
        }
    }

    private static void assertExportOf(UUID learner, String document) {
        JsonNode export = json(document);
        assertEquals(Privacy.FORMAT, export.path("format").asText());
        assertEquals(Privacy.VERSION, export.path("version").intValue());
        assertEquals(learner.toString(), export.path("learner").path("id").asText());
        assertEquals("anonymous", export.path("learner").path("kind").asText());
    }

    private static JsonNode json(String document) {
        try {
            return new ObjectMapper().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
