package org.learningstore.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fresh, empty PostgreSQL databases for tests: on the server named by {@code LEARNING_PG_URL}
 * (with {@code LEARNING_PG_USER} and {@code LEARNING_PG_PASSWORD}) when it is set, else on one
 * embedded PostgreSQL per JVM, started on first use and stopped by a shutdown hook.
 */
public final class PostgresTestDatabases {
    /** Connection settings of one test database; user and password may be null when the URL holds them. */
    public record TestDatabase(String jdbcUrl, String user, String password) {
        /** A plain JDBC connection beside the store, reading the store's schema. */
        public Connection connectToStoreSchema() throws SQLException {
            Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
            connection.setSchema(PostgresStores.DEFAULT_SCHEMA);
            return connection;
        }
    }

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static Server server;

    private PostgresTestDatabases() {
    }

    /** A new empty database, or the configured one as it is when the server refuses to create databases. */
    public static synchronized TestDatabase freshDatabase() {
        if (server == null) {
            server = System.getenv("LEARNING_PG_URL") == null ? Server.embedded() : Server.external();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-databases"));
        }
        return server.createDatabase("learning_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    private abstract static class Server {
        final List<String> created = new ArrayList<>();

        static Server embedded() {
            try {
                return new Embedded(EmbeddedPostgres.builder().start());
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", failure);
            }
        }

        static Server external() {
            return new External(System.getenv("LEARNING_PG_URL"), System.getenv("LEARNING_PG_USER"),
                    System.getenv("LEARNING_PG_PASSWORD"));
        }

        abstract TestDatabase admin();

        abstract TestDatabase database(String name);

        TestDatabase createDatabase(String name) {
            try (Connection connection = connect(admin()); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                created.add(name);
                return database(name);
            } catch (SQLException failure) {
                if (INSUFFICIENT_PRIVILEGE.equals(failure.getSQLState())) {
                    return admin();
                }
                throw new IllegalStateException("cannot create test database " + name, failure);
            }
        }

        void stop() {
        }

        static Connection connect(TestDatabase database) throws SQLException {
            return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        }
    }

    private static final class Embedded extends Server {
        private final EmbeddedPostgres postgres;

        Embedded(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        @Override
        TestDatabase admin() {
            return database("postgres");
        }

        @Override
        TestDatabase database(String name) {
            return new TestDatabase(postgres.getJdbcUrl("postgres", name), "postgres", null);
        }

        @Override
        void stop() {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the temporary cluster goes with it
            }
        }
    }

    private static final class External extends Server {
        private final TestDatabase admin;

        External(String jdbcUrl, String user, String password) {
            this.admin = new TestDatabase(jdbcUrl, user, password);
        }

        @Override
        TestDatabase admin() {
            return admin;
        }

        /** The configured URL with its database name replaced. */
        @Override
        TestDatabase database(String name) {
            URI uri = URI.create(admin.jdbcUrl().substring("jdbc:".length()));
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new TestDatabase("jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + name + query,
                    admin.user(), admin.password());
        }

        @Override
        void stop() {
            try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
                for (String name : created) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException ignored) {
                // best effort: leftover test databases are harmless
            }
        }
    }
}
