package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements on a real file: each text prepared once per connection, its parameters all bound anew at every call. */
class JdbcStatementsTest {
    private static final String TWO_PARAMETERS = "SELECT ? AS a, ? AS b";

    @TempDir
    Path dir;

    private final JdbcStatements statements = new JdbcStatements(sql -> { });

    @Test
    void aTextRunAgainWithFewerArgumentsReadsNullWhereTheCallBeforeBoundAValue() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bind.db"))) {
            Row first = statements.select(connection, Sql.of(TWO_PARAMETERS, 1L, "two")).get(0);
            Row second = statements.select(connection, Sql.of(TWO_PARAMETERS, 3L)).get(0);

            assertEquals(1, first.integer("a"));
            assertEquals("two", first.text("b"));
            assertEquals(3, second.integer("a"));
            assertTrue(second.isNull("b"));
        }
    }

    /**
     * Clearing the parameters ({@code sqlite3_clear_bindings}) would expire a statement whose plan
     * may depend on a parameter, and the next step would compile its text again.
     */
    @Test
    void eachTextIsPreparedOncePerConnectionAndItsParametersAreNeverCleared() throws SQLException {
        List<String> calls = new ArrayList<>();
        try (Connection real = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("cache.db"))) {
            Connection connection = recording(Connection.class, real, calls);
            for (long call = 1; call <= 3; call++) {
                Row row = statements.select(connection, Sql.of(TWO_PARAMETERS, call, "call " + call)).get(0);
                assertEquals(call, row.integer("a"));
                assertEquals("call " + call, row.text("b"));
            }
        }

        assertEquals(1, calls.stream().filter("prepareStatement"::equals).count());
        assertEquals(0, calls.stream().filter("clearParameters"::equals).count());
        assertEquals(6, calls.stream().filter("setObject"::equals).count());
    }

    /** {@code target} behind a proxy that notes each method called on it and on the statements it prepares. */
    private static <T> T recording(Class<T> type, T target, List<String> calls) {
        InvocationHandler handler = (proxy, method, args) -> {
            calls.add(method.getName());
            try {
                Object result = method.invoke(target, args);
                return method.getName().equals("prepareStatement")
                        ? recording(PreparedStatement.class, (PreparedStatement) result, calls) : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(JdbcStatementsTest.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
