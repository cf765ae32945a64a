package org.learningstore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningstore.core.StoreOptions;
import org.learningstore.postgres.PostgresStores;
import org.learningstore.postgres.PostgresTestDatabases;
import org.learningstore.sqlite.SqliteStores;

/**
 * SCHEMA.md is what {@link SchemaDocument} makes of the live schemas today, and every table and
 * column in it has a description. With {@code -Dschema.write=true} the test writes the file first.
 */
class SchemaDocumentTest {
    private static final Path SCHEMA = Path.of("../../SCHEMA.md");
    /** The migration tools' history tables and the FTS5 table's own shadow tables are not the library's schema. */
    private static final Predicate<String> DOCUMENTED = table -> !table.equals("learning_store_schema_history")
            && !table.startsWith("course_search_");

    @Test
    void schemaDocumentIsCurrentAndDescribesEveryColumn(@TempDir Path dir) throws Exception {
        var postgresDatabase = PostgresTestDatabases.freshDatabase();
        PostgresStores.open(postgresDatabase.jdbcUrl(), postgresDatabase.user(), postgresDatabase.password(),
                StoreOptions.defaults()).close();
        Path sqliteFile = dir.resolve("schema.db");
        SqliteStores.open(sqliteFile).close();

        var document = new SchemaDocument();
        String generated;
        try (Connection postgres = postgresDatabase.connectToStoreSchema();
                Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile)) {
            generated = document.render(SchemaDocument.read(postgres, PostgresStores.DEFAULT_SCHEMA, DOCUMENTED),
                    SchemaDocument.read(sqlite, null, DOCUMENTED), SchemaDocument.postgresChecks(postgres));
        }
        if (Boolean.getBoolean("schema.write")) {
            Files.writeString(SCHEMA, generated);
        }

        assertEquals(List.of(), document.missingDescriptions(), "describe these in " + SchemaDocument.DESCRIPTIONS);
        assertEquals(Files.exists(SCHEMA) ? Files.readString(SCHEMA) : "", generated,
                "SCHEMA.md is out of date: run this test with -Dschema.write=true");
    }
}
