package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.SchemaVersionException;

/** The store inside a host app: beside the host's own Flyway and tables, in a schema of its own, migrated by a deploy step. */
class PostgresHostAppTest {
    private static final StoreOptions NO_MIGRATION = StoreOptions.defaults().withMigrateOnOpen(false);

    @Test
    void aHostsDefaultFlywayAndTheStoreMigrateOneDatabaseInEitherOrder() throws SQLException {
        for (boolean hostFirst : List.of(true, false)) {
            try (HikariDataSource host = hostPool(PostgresTestDatabases.freshDatabase())) {
                if (hostFirst) {
                    Flyway.configure().dataSource(host).load().migrate();
                }
                Course course;
                try (LearningStore store = PostgresStores.open(host)) {
                    course = store.catalog().createCourse(CourseDetails.builder("beside", "Beside the host").build());
                }
                Flyway.configure().dataSource(host).load().migrate();
                execute(host, "INSERT INTO host_orders (id, item) VALUES (1, 'book')");
                try (LearningStore store = PostgresStores.open(host)) {
                    assertEquals(course, store.catalog().findCourse(course.id()).orElseThrow());
                }

                assertEquals(List.of(List.of("1", "V1__host_orders.sql")),
                        rows(host, "SELECT version, script FROM public.flyway_schema_history"));
                assertEquals(List.of(List.of("flyway_schema_history"), List.of("host_orders")), rows(host,
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"));
                assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4"), List.of("5"), List.of("6"),
                        List.of("7"), List.of("8"), List.of("10"), List.of("11"), List.of("12")), rows(host,
                        "SELECT version FROM learning_store.learning_store_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));
                assertEquals(List.of(List.of("public")), rows(host, "SELECT current_schema()"),
                        "the host's connections keep their schema");
            }
        }
    }

    @Test
    void theHostNamesTheSchemaTheStoreLivesIn() throws SQLException {
        try (HikariDataSource host = hostPool(PostgresTestDatabases.freshDatabase())) {
            try (LearningStore store = PostgresStores.open(host, "tenant_a", StoreOptions.defaults())) {
                store.catalog().createCourse(CourseDetails.builder("tenanted", "Tenanted").build());
            }

            assertEquals(List.of(List.of("tenanted")), rows(host, "SELECT slug FROM tenant_a.courses"));
            assertEquals(List.of(List.of("0")), rows(host,
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema IN ('public', 'learning_store')"));
            var invalid = assertThrows(InvalidInputException.class,
                    () -> PostgresStores.open(host, "Tenant; DROP", StoreOptions.defaults()));
            assertEquals("schema", invalid.field());
        }
    }

    @Test
    void withMigrationOffAnUnmigratedSchemaIsRefusedUntilTheDeployStepMigratesIt() {
        try (HikariDataSource host = hostPool(PostgresTestDatabases.freshDatabase())) {
            var behind = assertThrows(SchemaVersionException.class, () -> PostgresStores.open(host, NO_MIGRATION));
            assertEquals("none", behind.found());
            assertEquals("12", behind.expected());
            assertTrue(behind.behind());
            assertFalse(behind.retryable());

            PostgresStores.migrate(host);

            PostgresStores.open(host, NO_MIGRATION).close();
        }
    }

    @Test
    void aSchemaMigratedByANewerLibraryIsRefusedWhetherOrNotMigrationIsOn() throws SQLException {
        try (HikariDataSource host = hostPool(PostgresTestDatabases.freshDatabase())) {
            PostgresStores.migrate(host);
            execute(host, """
                    INSERT INTO learning_store.learning_store_schema_history
                        (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'newer', 0, true)""");

            for (StoreOptions options : List.of(StoreOptions.defaults(), NO_MIGRATION)) {
                var ahead = assertThrows(SchemaVersionException.class, () -> PostgresStores.open(host, options));
                assertEquals("99", ahead.found());
                assertEquals("12", ahead.expected());
                assertFalse(ahead.behind());
                assertEquals("the store's schema is at version 99 and this library works on version 12: it was migrated"
                        + " by a newer library", ahead.getMessage());
            }
        }
    }

    @Test
    void aPasswordInTheUrlReachesNoLog() {
        var database = PostgresTestDatabases.freshDatabase();
        String password = "s3cret-Pw-" + System.nanoTime();
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "password=" + password;

        String logged = capturingLogs(() -> PostgresStores.open(url, database.user(), null, StoreOptions.defaults()).close());

        assertTrue(logged.contains("learning_store_schema_history"), "the capture sees Flyway's log: " + logged);
        assertTrue(logged.contains("Database JDBC URL [" + JdbcUrl.parse(url).address() + "]"),
                "the capture sees Hibernate's log of the URL, without credentials: " + logged);
        assertFalse(logged.contains(password), logged);
    }

    /** What slf4j-simple (on System.err) and java.util.logging print while {@code work} runs. */
    private static String capturingLogs(Runnable work) {
        var captured = new ByteArrayOutputStream();
        List<String> julRecords = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                julRecords.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        PrintStream err = System.err;
        root.addHandler(handler);
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(err);
            root.removeHandler(handler);
        }
        return captured.toString(StandardCharsets.UTF_8) + String.join("\n", julRecords);
    }

    private static HikariDataSource hostPool(PostgresTestDatabases.TestDatabase database) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(4);
        return pool;
    }

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<List<String>> rows(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
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
