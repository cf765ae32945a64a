package org.learningstore.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StatementListener.Outcome;

/**
 * Runs statements on a JDBC connection: tells the listener (and how long each took), binds, reads rows,
 * translates failures.
 * Each statement handed to the driver is one round trip. Each connection keeps its statements
 * prepared (SQLite compiles a text once, not at every call): a connection is used by one thread
 * at a time (the writer under its lock, a reader while borrowed), so its cache needs no lock.
 */
final class JdbcStatements {
    /** Enough for every text the library sends; the least recently used beyond it is closed. */
    private static final int CACHED_PER_CONNECTION = 256;

    private final StatementListener listener;
    private final Map<Connection, Map<String, PreparedStatement>> prepared = new ConcurrentHashMap<>();

    JdbcStatements(StatementListener listener) {
        this.listener = listener;
    }

    List<Row> select(Connection connection, Sql sql) {
        return timed(connection, sql.text(), () -> {
            try (ResultSet results = bound(connection, sql).executeQuery()) {
                return rows(results);
            }
        });
    }

    /** Runs a change and returns how many rows it changed. */
    int change(Connection connection, Sql sql) {
        return timed(connection, sql.text(), () -> bound(connection, sql).executeUpdate());
    }

    /** Runs an argument-less command such as {@code BEGIN IMMEDIATE}. */
    void command(Connection connection, String sql) {
        timed(connection, sql, () -> statement(connection, sql).execute());
    }

    private interface Execution<T> {
        T run() throws SQLException;
    }

    /**
     * Tells the listener of the statement, runs it, then tells how long it took and how it ended; a
     * statement that failed is closed and prepared again next time, whatever state the driver left it in.
     */
    private <T> T timed(Connection connection, String sql, Execution<T> execution) {
        listener.onStatement(sql);
        listener.onRoundTrip();
        long start = System.nanoTime();
        try {
            T result = execution.run();
            listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.SUCCEEDED);
            return result;
        } catch (SQLException e) {
            listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.FAILED);
            forget(connection, sql);
            throw SqliteErrors.fromFile(e);
        }
    }

    private PreparedStatement bound(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = statement(connection, sql.text());
        statement.clearParameters();
        for (int i = 0; i < sql.args().size(); i++) {
            statement.setObject(i + 1, sql.args().get(i));
        }
        return statement;
    }

    private PreparedStatement statement(Connection connection, String text) throws SQLException {
        Map<String, PreparedStatement> cache = prepared.computeIfAbsent(connection, c -> new LinkedHashMap<>(64, 0.75f, true));
        PreparedStatement statement = cache.get(text);
        if (statement == null) {
            statement = connection.prepareStatement(text);
            cache.put(text, statement);
            if (cache.size() > CACHED_PER_CONNECTION) {
                var eldest = cache.entrySet().iterator();
                closeQuietly(eldest.next().getValue());
                eldest.remove();
            }
        }
        return statement;
    }

    private void forget(Connection connection, String text) {
        Map<String, PreparedStatement> cache = prepared.get(connection);
        if (cache != null) {
            closeQuietly(cache.remove(text));
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.close();
        } catch (SQLException ignored) {
            // the statement is dropped either way
        }
    }

    private static List<Row> rows(ResultSet results) throws SQLException {
        ResultSetMetaData meta = results.getMetaData();
        int width = meta.getColumnCount();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < width; i++) {
            columns.put(meta.getColumnLabel(i + 1), i);
        }
        List<Row> rows = new ArrayList<>();
        while (results.next()) {
            List<Object> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(results.getObject(i + 1));
            }
            rows.add(new Row(columns, cells));
        }
        return rows;
    }
}
