package org.learningstore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.StoreOptions;
import org.learningstore.postgres.PostgresStores;
import org.learningstore.postgres.PostgresTestDatabases;
import org.learningstore.sqlite.SqliteStores;

/**
 * The two migration trees describe one logical schema: after migrating, PostgreSQL and the
 * SQLite file hold the same tables, columns, indexes, unique keys and foreign keys.
 * Search storage differs by design (a tsvector table there, an FTS5 table here) and is
 * left out, as are the migration tools' own history tables.
 */
class SchemaParityTest {
    private static final Predicate<String> SHARED_TABLE = table -> !table.equals("learning_store_schema_history")
            && !table.equals("course_search") && !table.startsWith("course_search_");

    @Test
    void postgresqlAndSqliteSchemasMatch(@TempDir Path dir) throws Exception {
        var postgresDatabase = PostgresTestDatabases.freshDatabase();
        PostgresStores.open(postgresDatabase.jdbcUrl(), postgresDatabase.user(), postgresDatabase.password(),
                StoreOptions.defaults()).close();
        Path sqliteFile = dir.resolve("parity.db");
        SqliteStores.open(sqliteFile).close();

        SchemaSnapshot postgres;
        try (Connection connection = postgresDatabase.connectToStoreSchema()) {
            postgres = SchemaSnapshot.read(connection, PostgresStores.DEFAULT_SCHEMA, SHARED_TABLE);
        }
        SchemaSnapshot sqlite;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile)) {
            sqlite = SchemaSnapshot.read(connection, null, SHARED_TABLE);
        }

        assertTrue(postgres.tables().containsAll(java.util.List.of("courses", "modules", "lessons", "skills",
                "lesson_skills", "course_tags", "audit_log")), "the snapshot sees the schema: " + postgres.tables());
        assertTrue(postgres.indexes().contains("courses:courses_listing_idx"), postgres.indexes().toString());
        assertEquals(postgres.tables(), sqlite.tables(), "tables");
        assertEquals(postgres.columns(), sqlite.columns(), "columns");
        assertEquals(postgres.indexes(), sqlite.indexes(), "indexes");
        assertEquals(postgres.uniqueKeys(), sqlite.uniqueKeys(), "unique keys");
        assertEquals(postgres.foreignKeys(), sqlite.foreignKeys(), "foreign keys");
    }
}
