package org.learningstore.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learningstore.core.error.StoreUnavailableException;
import org.sqlite.SQLiteException;

/**
 * A SQLite file on one JDBC connection: each script runs in {@code BEGIN IMMEDIATE}, so another
 * process's migration waits. Failures name the file and SQLite's result code, never driver text.
 */
record FileMigrationTarget(Connection connection, String file) implements MigrationTarget {
    static StoreUnavailableException failed(String file, SQLException failure) {
        return new StoreUnavailableException("migrating " + file + " failed" + resultCode(failure), false, failure);
    }

    static String resultCode(SQLException failure) {
        return failure instanceof SQLiteException sqlite ? " (" + sqlite.getResultCode().name() + ")" : "";
    }

    @Override
    public void execute(Sql statement) {
        try {
            run(statement);
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    @Override
    public List<List<Object>> query(Sql query) {
        try (PreparedStatement statement = prepared(query); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            List<List<Object>> result = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(rows.getObject(column));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    @Override
    public Optional<String> applyAtomically(List<Sql> statements) {
        try {
            run(Sql.of("BEGIN IMMEDIATE"));
        } catch (SQLException e) {
            throw failed(file, e);
        }
        try {
            for (Sql statement : statements) {
                run(statement);
            }
            run(Sql.of("COMMIT"));
            return Optional.empty();
        } catch (SQLException failure) {
            try {
                run(Sql.of("ROLLBACK"));
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            return Optional.of(failure instanceof SQLiteException sqlite ? sqlite.getResultCode().name() : "a SQLite error");
        }
    }

    private void run(Sql sql) throws SQLException {
        try (PreparedStatement statement = prepared(sql)) {
            statement.execute();
        }
    }

    private PreparedStatement prepared(Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
            for (int i = 0; i < sql.args().size(); i++) {
                statement.setObject(i + 1, sql.args().get(i));
            }
            return statement;
        } catch (SQLException failure) {
            statement.close();
            throw failure;
        }
    }
}
