package org.learningstore.postgres.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.postgres.PostgresStores;

/**
 * A fresh, migrated store on a new database of an embedded PostgreSQL server, for a host's tests,
 * in the manner of {@code jdbi3-testing}. One server runs for the whole test run (started on first
 * use, stopped at its end); every store gets a database of its own, dropped after use. Registered
 * on an instance field, every test gets its own store; on a static field, the tests of the class
 * share one. Tests and lifecycle methods may declare a {@link LearningStore} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * final EmbeddedPostgresStoreExtension stores = EmbeddedPostgresStoreExtension.create().withClock(clock);
 *
 * @Test
 * void enrollsALearner(LearningStore store) { ... }
 * }</pre>
 */
public final class EmbeddedPostgresStoreExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** The embedded server's superuser, which needs no password. */
    public static final String USER = "postgres";

    private static final ExtensionContext.Namespace SERVER = ExtensionContext.Namespace.create(
            EmbeddedPostgresStoreExtension.class);

    private final StoreOptions options;
    /** The test or class whose callbacks opened the store: a nested class or its tests reuse the outer store. */
    private String openedFor;
    private EmbeddedPostgres server;
    private String database;
    private LearningStore store;

    private EmbeddedPostgresStoreExtension(StoreOptions options) {
        this.options = options;
    }

    /** With the library's default options and the system clock. */
    public static EmbeddedPostgresStoreExtension create() {
        return new EmbeddedPostgresStoreExtension(StoreOptions.defaults());
    }

    /** The same extension with these options for every store it opens. */
    public EmbeddedPostgresStoreExtension withOptions(StoreOptions storeOptions) {
        return new EmbeddedPostgresStoreExtension(storeOptions);
    }

    /** The same extension with its stores reading the time from {@code clock}. */
    public EmbeddedPostgresStoreExtension withClock(Clock clock) {
        return new EmbeddedPostgresStoreExtension(options.withClock(clock));
    }

    /** The store of the running test (or class). */
    public LearningStore store() {
        if (store == null) {
            throw new IllegalStateException("no store is open: use it inside a test of the class that registers the extension");
        }
        return store;
    }

    /**
     * The JDBC URL of the running test's database (user {@value #USER}, no password), for a host's own
     * tables beside the store's schema {@value PostgresStores#DEFAULT_SCHEMA}.
     */
    public String jdbcUrl() {
        store();
        return server.getJdbcUrl(USER, database);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        openFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        closeFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        openFor(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        closeFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LearningStore.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store();
    }

    private void openFor(ExtensionContext context) throws SQLException {
        if (store != null) {
            return;
        }
        server = context.getRoot().getStore(SERVER).computeIfAbsent(EmbeddedPostgres.class,
                type -> start(), EmbeddedPostgres.class);
        database = "store_test_" + UUID.randomUUID().toString().replace("-", "");
        administer("CREATE DATABASE " + database);
        store = PostgresStores.open(server.getJdbcUrl(USER, database), USER, null, options);
        openedFor = context.getUniqueId();
    }

    private void closeFor(ExtensionContext context) throws SQLException {
        if (!context.getUniqueId().equals(openedFor)) {
            return;
        }
        try {
            store.close();
        } finally {
            store = null;
            openedFor = null;
            administer("DROP DATABASE " + database + " WITH (FORCE)");
        }
    }

    /** {@code database} is a name this class made of a UUID's hex digits, never input. */
    private void administer(String statement) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement administration = connection.createStatement()) {
            administration.execute(statement);
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }
}
