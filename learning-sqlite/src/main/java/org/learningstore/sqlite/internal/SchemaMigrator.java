package org.learningstore.sqlite.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.learningstore.core.error.SchemaVersionException;
import org.learningstore.core.error.StoreUnavailableException;

/**
 * The one migrator of the SQLite file and Turso, so that one database can move between them
 * (a file served by {@code tursodb}, a Turso database copied to a file). Scripts live under
 * {@value #SHARED} (both) and {@value #FILE_ONLY} (FTS5, the file only), outside
 * {@code db/migration}, where a host's Flyway looks.
 *
 * <p>Its history table, {@value #HISTORY_TABLE}, holds one row per applied version: version,
 * description, script, checksum (CRC32 of the script's UTF-8 bytes), installed_on (microseconds
 * since the epoch) and success (always 1: a version is applied in one transaction together with
 * its row). Missing versions are applied one at a time, in version order; a recorded checksum
 * that no longer matches its script, or a version this library does not know (a newer library
 * migrated the database), stops the store from opening.
 *
 * <p>Turso cannot keep the file's FTS5 index: its server does not load the FTS5 table and, with it
 * in the schema, {@code tursodb} 0.6 leaves other indexes of the file incomplete. So a file is
 * served by Turso only after {@link #removeFileOnly()} (which {@code SqliteStores.prepareForTurso}
 * runs); opening a database that still holds the index on Turso is refused; and the next open as
 * a file builds the index again from the courses.
 */
final class SchemaMigrator {
    static final String SHARED = "org/learningstore/migration/sqlite";
    static final String FILE_ONLY = "org/learningstore/migration/sqlite-fts5";
    static final String HISTORY_TABLE = "learning_store_schema_history";

    private static final String CREATE_HISTORY = """
            CREATE TABLE IF NOT EXISTS learning_store_schema_history (
                version      TEXT    PRIMARY KEY,
                description  TEXT    NOT NULL,
                script       TEXT    NOT NULL,
                checksum     INTEGER NOT NULL,
                installed_on INTEGER NOT NULL,
                success      INTEGER NOT NULL
            ) STRICT""";
    private static final String HISTORY = "SELECT version, checksum FROM learning_store_schema_history";
    private static final String RECORD = """
            INSERT INTO learning_store_schema_history (version, description, script, checksum, installed_on, success) \
            VALUES (?, ?, ?, ?, ?, 1)""";
    private static final String FORGET = "DELETE FROM learning_store_schema_history WHERE version = ?";
    /** The FTS5 table the file-only scripts create; its triggers and views are the ones whose SQL names it. */
    private static final String FILE_ONLY_TABLE = "course_search";

    private final MigrationTarget target;
    private final Clock clock;
    private final List<MigrationScript> scripts;
    private final List<MigrationScript> elsewhere;

    /**
     * @param scripts what this transport applies
     * @param elsewhere scripts of the other transport that this one cannot keep current
     */
    SchemaMigrator(MigrationTarget target, Clock clock, List<MigrationScript> scripts, List<MigrationScript> elsewhere) {
        this.target = target;
        this.clock = clock;
        this.scripts = scripts.stream().sorted(MigrationScript.BY_VERSION).toList();
        this.elsewhere = List.copyOf(elsewhere);
    }

    static SchemaMigrator forFile(MigrationTarget target, Clock clock) {
        return new SchemaMigrator(target, clock,
                Stream.concat(sharedScripts().stream(), fileOnlyScripts().stream()).toList(), List.of());
    }

    static SchemaMigrator forTurso(MigrationTarget target, Clock clock) {
        return new SchemaMigrator(target, clock, sharedScripts(), fileOnlyScripts());
    }

    /** Every script of {@value #SHARED}, found by listing the folder. */
    static List<MigrationScript> sharedScripts() {
        return MigrationScript.inFolder(SchemaMigrator.class.getClassLoader(), SHARED);
    }

    static List<MigrationScript> fileOnlyScripts() {
        return MigrationScript.inFolder(SchemaMigrator.class.getClassLoader(), FILE_ONLY);
    }

    /** Applies what is missing, then checks that the schema is this library's. */
    void migrate() {
        refuseFileOnlyTable();
        target.execute(Sql.of(CREATE_HISTORY));
        Map<String, Long> applied = appliedChecksums();
        requireNothingNewer(applied);
        forgetWhatThisTransportCannotKeep(applied);
        for (MigrationScript script : scripts) {
            Long checksum = applied.get(script.version());
            if (checksum == null) {
                apply(script);
            } else {
                verify(script, checksum);
            }
        }
    }

    /** Changes nothing but the file-only history on Turso; fails unless every script is applied. */
    void requireCurrent() {
        refuseFileOnlyTable();
        Map<String, Long> applied = historyExists() ? appliedChecksums() : new HashMap<>();
        requireNothingNewer(applied);
        forgetWhatThisTransportCannotKeep(applied);
        for (MigrationScript script : scripts) {
            Long checksum = applied.get(script.version());
            if (checksum == null) {
                throw new SchemaVersionException(newest(applied.keySet()), latestVersion(), true);
            }
            verify(script, checksum);
        }
    }

    /**
     * Drops the file-only FTS5 table with its triggers and views and forgets their versions, in one
     * transaction, so that Turso can serve the database; the next migration as a file restores them.
     */
    void removeFileOnly() {
        List<Sql> statements = new ArrayList<>();
        for (List<Object> object : target.query(Sql.of("SELECT upper(type), name FROM sqlite_master"
                + " WHERE type IN ('trigger', 'view') AND sql LIKE ?", "%" + FILE_ONLY_TABLE + "%"))) {
            statements.add(Sql.of("DROP " + object.get(0) + " " + quoted((String) object.get(1))));
        }
        statements.add(Sql.of("DROP TABLE IF EXISTS " + FILE_ONLY_TABLE));
        if (historyExists()) {
            scripts.stream().filter(script -> fileOnlyScripts().contains(script))
                    .forEach(script -> statements.add(Sql.of(FORGET, script.version())));
        }
        target.applyAtomically(statements).ifPresent(failure -> {
            throw new StoreUnavailableException("removing the file's search index failed: " + failure, false, null);
        });
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Where the file-only scripts cannot run, a database that still holds their table is refused. */
    private void refuseFileOnlyTable() {
        if (!elsewhere.isEmpty() && !target.query(Sql.of(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", FILE_ONLY_TABLE)).isEmpty()) {
            throw new StoreUnavailableException("this database still holds the SQLite file's FTS5 search index, which"
                    + " Turso cannot serve: run SqliteStores.prepareForTurso on the file before serving it", false, null);
        }
    }

    private boolean historyExists() {
        return !target.query(Sql.of("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", HISTORY_TABLE)).isEmpty();
    }

    private void requireNothingNewer(Map<String, Long> applied) {
        List<String> known = Stream.concat(scripts.stream(), elsewhere.stream()).map(MigrationScript::version).toList();
        if (!known.containsAll(applied.keySet())) {
            throw new SchemaVersionException(newest(applied.keySet()), latestVersion(), false);
        }
    }

    private void forgetWhatThisTransportCannotKeep(Map<String, Long> applied) {
        for (MigrationScript script : elsewhere) {
            if (applied.remove(script.version()) != null) {
                target.execute(Sql.of(FORGET, script.version()));
            }
        }
    }

    private void apply(MigrationScript script) {
        List<Sql> statements = new ArrayList<>();
        script.statements().forEach(sql -> statements.add(Sql.of(sql)));
        statements.add(Sql.of(RECORD, script.version(), script.description(), script.fileName(),
                script.checksum(), SqlValues.micros(clock.instant())));
        Optional<String> failure = target.applyAtomically(statements);
        if (failure.isEmpty()) {
            return;
        }
        Long appliedMeanwhile = appliedChecksums().get(script.version());
        if (appliedMeanwhile != null) {
            verify(script, appliedMeanwhile);
            return;
        }
        throw new StoreUnavailableException("migration " + script.fileName() + " failed: " + failure.get(), false, null);
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
        for (List<Object> row : target.query(Sql.of(HISTORY))) {
            checksums.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        return checksums;
    }

    private String latestVersion() {
        return scripts.stream().max(MigrationScript.BY_VERSION).map(MigrationScript::version).orElse("none");
    }

    private static String newest(Collection<String> versions) {
        return versions.stream().max(MigrationScript.VERSION_ORDER).orElse("none");
    }
}
