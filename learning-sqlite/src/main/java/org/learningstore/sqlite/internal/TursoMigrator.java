package org.learningstore.sqlite.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.internal.turso.BatchResult;
import org.learningstore.sqlite.internal.turso.ResultSet;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.StepError;
import org.learningstore.sqlite.internal.turso.TursoClient;

/**
 * Applies the SQLite scripts shared with the file ({@value #LOCATION}, never the FTS5 ones) to a
 * Turso database, which Flyway cannot reach over HTTP.
 *
 * <p>Its history table, {@code schema_history}, is not Flyway's {@code flyway_schema_history}:
 * one row per applied version with version, description, script, checksum (CRC32 of the
 * script's UTF-8 bytes, not Flyway's line-based checksum), installed_on (microseconds since the
 * epoch) and success (always 1: a version is applied in one batch together with its row, so it
 * is in completely or not at all). Versions are applied one at a time, in order; a recorded
 * checksum that no longer matches its script stops the store from opening.
 */
final class TursoMigrator {
    static final String LOCATION = "db/migration/sqlite";
    static final String HISTORY_TABLE = "schema_history";

    private static final String CREATE_HISTORY = """
            CREATE TABLE IF NOT EXISTS schema_history (
                version      TEXT    PRIMARY KEY,
                description  TEXT    NOT NULL,
                script       TEXT    NOT NULL,
                checksum     INTEGER NOT NULL,
                installed_on INTEGER NOT NULL,
                success      INTEGER NOT NULL
            ) STRICT""";
    private static final String HISTORY = "SELECT version, checksum FROM schema_history";
    private static final String RECORD = """
            INSERT INTO schema_history (version, description, script, checksum, installed_on, success) \
            VALUES (?, ?, ?, ?, ?, 1)""";

    private final TursoClient client;
    private final Clock clock;
    private final List<MigrationScript> scripts;

    TursoMigrator(TursoClient client, Clock clock, List<MigrationScript> scripts) {
        this.client = client;
        this.clock = clock;
        this.scripts = scripts.stream().sorted(MigrationScript.BY_VERSION).toList();
    }

    /** Every script of {@value #LOCATION}, found by listing the folder as Flyway does for the file. */
    static List<MigrationScript> sharedScripts() {
        return MigrationScript.inFolder(TursoMigrator.class.getClassLoader(), LOCATION);
    }

    void migrate() {
        execute(Statement.of(CREATE_HISTORY));
        Map<String, Long> applied = appliedChecksums();
        for (MigrationScript script : scripts) {
            Long checksum = applied.get(script.version());
            if (checksum == null) {
                apply(script);
            } else {
                verify(script, checksum);
            }
        }
    }

    private void apply(MigrationScript script) {
        List<Statement> statements = new ArrayList<>();
        script.statements().forEach(sql -> statements.add(Statement.of(sql)));
        statements.add(Statement.of(RECORD, script.version(), script.description(), script.fileName(),
                script.checksum(), SqlValues.micros(clock.instant())));
        BatchResult result = SqliteErrors.onTurso(() -> client.transaction(statements));
        if (result.committed()) {
            return;
        }
        Long appliedMeanwhile = appliedChecksums().get(script.version());
        if (appliedMeanwhile != null) {
            verify(script, appliedMeanwhile);
            return;
        }
        StepError error = result.firstError();
        throw new StoreUnavailableException("migration " + script.fileName() + " failed on Turso: "
                + (error == null ? "the batch was not committed" : error.message()), false, null);
    }

    private void verify(MigrationScript script, long recordedChecksum) {
        if (recordedChecksum != script.checksum()) {
            throw new StoreUnavailableException("migration " + script.fileName() + " was changed after it was applied"
                    + " (recorded checksum " + recordedChecksum + ", now " + script.checksum()
                    + "): restore the script and add a new version instead", false, null);
        }
    }

    private Map<String, Long> appliedChecksums() {
        Map<String, Long> checksums = new HashMap<>();
        for (List<Object> row : execute(Statement.of(HISTORY)).rows()) {
            checksums.put((String) row.get(0), (Long) row.get(1));
        }
        return checksums;
    }

    private ResultSet execute(Statement statement) {
        return SqliteErrors.onTurso(() -> client.execute(List.of(statement)).get(0));
    }
}
