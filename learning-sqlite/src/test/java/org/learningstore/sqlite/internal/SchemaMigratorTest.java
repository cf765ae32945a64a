package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.TursoTestServer;
import org.learningstore.sqlite.internal.turso.ResultSet;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.TursoClient;

/** The migrator over Turso on the shared test server, whose database other test classes use too: it adds nothing lasting. */
class SchemaMigratorTest {
    private TursoClient client;

    @BeforeEach
    void connect() {
        TursoTestServer server = TursoTestServer.shared();
        client = new TursoClient(server.url(), server.token(), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @Test
    void runningAgainChangesNothing() {
        migrator(SchemaMigrator.sharedScripts()).migrate();
        List<List<Object>> before = query("SELECT version, checksum, installed_on FROM learning_store_schema_history ORDER BY version").rows();

        migrator(SchemaMigrator.sharedScripts()).migrate();

        assertEquals(before, query("SELECT version, checksum, installed_on FROM learning_store_schema_history ORDER BY version").rows());
        assertTrue(before.stream().anyMatch(row -> row.get(0).equals("1")), before.toString());
    }

    @Test
    void aScriptChangedAfterItWasAppliedStopsTheMigration() {
        migrator(SchemaMigrator.sharedScripts()).migrate();
        List<MigrationScript> scripts = new ArrayList<>(SchemaMigrator.sharedScripts());
        MigrationScript applied = scripts.get(0);
        scripts.set(0, new MigrationScript(applied.version(), applied.description(), applied.fileName(),
                applied.text() + "\n-- an edit after release\n"));

        var failure = assertThrows(StoreUnavailableException.class, () -> migrator(scripts).migrate());

        assertTrue(failure.getMessage().contains(applied.fileName()), failure.getMessage());
        assertTrue(failure.getMessage().contains("changed"), failure.getMessage());
    }

    @Test
    void aFailingVersionLeavesNeitherItsChangesNorAHistoryRow() {
        String table = "migration_probe_" + UUID.randomUUID().toString().replace("-", "");
        String version = "999999." + Math.abs(table.hashCode());
        var broken = new MigrationScript(version, "broken", "V" + version.replace('.', '_') + "__broken.sql",
                "CREATE TABLE " + table + " (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");

        List<MigrationScript> scripts = new ArrayList<>(SchemaMigrator.sharedScripts());
        scripts.add(broken);

        var failure = assertThrows(StoreUnavailableException.class, () -> migrator(scripts).migrate());

        assertTrue(failure.getMessage().contains(broken.fileName()), failure.getMessage());
        assertEquals(List.of(), query("SELECT name FROM sqlite_schema WHERE name = ?", table).rows());
        assertEquals(List.of(), query("SELECT version FROM learning_store_schema_history WHERE version = ?", version).rows());
    }

    @Test
    void triggerBodiesStayWholeWhenAScriptIsSplit() {
        var script = new MigrationScript("1", "t", "V1__t.sql", """
                CREATE TABLE a (x TEXT);
                CREATE TRIGGER a_insert AFTER INSERT ON a BEGIN
                    INSERT INTO b VALUES (NEW.x);
                    DELETE FROM c;
                END;
                CREATE INDEX a_x ON a (x);
                """);

        assertEquals(List.of("CREATE TABLE a (x TEXT)",
                "CREATE TRIGGER a_insert AFTER INSERT ON a BEGIN\n    INSERT INTO b VALUES (NEW.x);\n    DELETE FROM c;\nEND",
                "CREATE INDEX a_x ON a (x)"), script.statements());
    }

    private SchemaMigrator migrator(List<MigrationScript> scripts) {
        return new SchemaMigrator(new TursoMigrationTarget(client), Clock.systemUTC(), scripts, List.of());
    }

    private ResultSet query(String sql, Object... args) {
        return client.execute(List.of(Statement.of(sql, args))).get(0);
    }
}
