package org.learningstore.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StatementListener.Outcome;

/**
 * Runs statements on a JDBC connection: tells the listener (and how long each took), binds, reads rows,
 * translates failures.
 * Each statement handed to the driver is one round trip.
 */
final class JdbcStatements {
    private final StatementListener listener;

    JdbcStatements(StatementListener listener) {
        this.listener = listener;
    }

    List<Row> select(Connection connection, Sql sql) {
        return timed(sql.text(), () -> {
            try (PreparedStatement statement = prepare(connection, sql); ResultSet results = statement.executeQuery()) {
                return rows(results);
            }
        });
    }

    /** Runs a change and returns how many rows it changed. */
    int change(Connection connection, Sql sql) {
        return timed(sql.text(), () -> {
            try (PreparedStatement statement = prepare(connection, sql)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs an argument-less command such as {@code BEGIN IMMEDIATE}. */
    void command(Connection connection, String sql) {
        timed(sql, () -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute(sql);
            }
        });
    }

    private interface Execution<T> {
        T run() throws SQLException;
    }

    /** Tells the listener of the statement, runs it, then tells how long it took and how it ended. */
    private <T> T timed(String sql, Execution<T> execution) {
        listener.onStatement(sql);
        listener.onRoundTrip();
        long start = System.nanoTime();
        try {
            T result = execution.run();
            listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.SUCCEEDED);
            return result;
        } catch (SQLException e) {
            listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.FAILED);
            throw SqliteErrors.fromFile(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
            for (int i = 0; i < sql.args().size(); i++) {
                statement.setObject(i + 1, sql.args().get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
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
