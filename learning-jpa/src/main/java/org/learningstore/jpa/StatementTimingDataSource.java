package org.learningstore.jpa;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StatementListener.Outcome;

/**
 * A DataSource whose statements tell a {@link StatementListener#onStatementCompleted} how long each
 * execution took and whether it failed; hand it to Hibernate beside a {@link StatementListenerInspector},
 * which reports the statements themselves. Only executions are timed: commits and fetches are not.
 */
public final class StatementTimingDataSource {
    /** What a plain statement's {@code executeBatch}, which carries no single SQL text, is reported as. */
    static final String BATCH = "(batch)";

    private StatementTimingDataSource() {
    }

    public static DataSource of(DataSource target, StatementListener listener) {
        return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
                ? timing(connection, listener) : result);
    }

    private static Connection timing(Connection connection, StatementListener listener) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            if (result instanceof CallableStatement callable) {
                return timed(CallableStatement.class, callable, (String) args[0], listener);
            }
            if (result instanceof PreparedStatement prepared) {
                return timed(PreparedStatement.class, prepared, (String) args[0], listener);
            }
            if (result instanceof Statement statement) {
                return timed(Statement.class, statement, null, listener);
            }
            return result;
        });
    }

    /** A statement whose executions are timed; a plain statement's SQL is the first argument of each. */
    private static <S extends Statement> S timed(Class<S> type, S statement, String preparedSql, StatementListener listener) {
        return type.cast(Proxy.newProxyInstance(StatementTimingDataSource.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (!method.getName().startsWith("execute")) {
                        return invoke(method, statement, args);
                    }
                    String sql = preparedSql != null ? preparedSql
                            : args != null && args[0] instanceof String text ? text : BATCH;
                    long start = System.nanoTime();
                    try {
                        Object result = invoke(method, statement, args);
                        listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.SUCCEEDED);
                        return result;
                    } catch (SQLException | RuntimeException failure) {
                        listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.FAILED);
                        throw failure;
                    }
                }));
    }

    private interface Wrapping {
        Object wrap(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, Wrapping wrapping) {
        return type.cast(Proxy.newProxyInstance(StatementTimingDataSource.class.getClassLoader(), new Class<?>[] {type},
                (InvocationHandler) (proxy, method, args) -> wrapping.wrap(method, args, invoke(method, target, args))));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
