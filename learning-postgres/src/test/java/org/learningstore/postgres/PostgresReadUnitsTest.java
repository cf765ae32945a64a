package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.jpa.spi.ReadUnits;

/** Reads in auto-commit on the store's own pool, which is at READ COMMITTED whatever the server's default. */
class PostgresReadUnitsTest {
    private static final Set<String> TRANSACTION_CALLS = Set.of("setAutoCommit", "commit", "rollback");

    @Test
    void theStoresOwnPoolIsAtReadCommittedWhereTheServerDefaultsToSerializable() throws SQLException {
        var database = PostgresTestDatabases.freshDatabase();
        String serializableByDefault = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?")
                + "options=-c%20default_transaction_isolation%3Dserializable";
        try (Connection plain = DriverManager.getConnection(serializableByDefault, database.user(), database.password())) {
            assertEquals("serializable", isolation(plain));
        }

        try (HikariDataSource pool = PostgresStores.pool(serializableByDefault, database.user(), database.password(),
                PostgresStores.DEFAULT_SCHEMA, ConnectionSettings.DEFAULTS);
             Connection pooled = pool.getConnection()) {
            assertEquals("read committed", isolation(pooled));
        }
    }

    @Test
    void readsSendNoBeginNorRollbackWhileWritesStillCommitTheirTransaction() {
        var database = PostgresTestDatabases.freshDatabase();
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(database.jdbcUrl());
            pool.setUsername(database.user());
            pool.setPassword(database.password());
            pool.setSchema(PostgresStores.DEFAULT_SCHEMA);
            PostgresStores.migrate(pool);
            List<String> calls = Collections.synchronizedList(new ArrayList<>());
            try (LearningStore store = LearningStore.of(PostgresStores.backend(recording(pool, calls),
                    ConnectionSettings.DEFAULTS.writeAttempts(), StatementListener.NONE, ReadUnits.AUTO_COMMIT),
                    StoreOptions.defaults())) {
                Course course = store.catalog().createCourse(CourseDetails.builder("read-units", "Read units").build());
                assertEquals(List.of("setAutoCommit(false)", "commit", "setAutoCommit(true)"), calls);

                calls.clear();
                assertEquals(Optional.of(course), store.catalog().findCourse(course.id()));
                assertEquals(List.of(), store.catalog().contents(course.id()).orElseThrow().modules());
                assertEquals(List.of(), calls);
            }
        }
    }

    private static String isolation(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW transaction_isolation")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** {@code target} whose connections note each transaction call the store makes on them. */
    private static DataSource recording(DataSource target, List<String> calls) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    return result instanceof Connection connection ? recording(connection, calls) : result;
                });
    }

    private static Connection recording(Connection target, List<String> calls) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (TRANSACTION_CALLS.contains(method.getName())) {
                        calls.add(args == null ? method.getName() : method.getName() + "(" + args[0] + ")");
                    }
                    return invoke(method, target, args);
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
