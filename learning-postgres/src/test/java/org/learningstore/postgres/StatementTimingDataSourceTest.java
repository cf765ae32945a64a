package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StatementListener.Outcome;
import org.learningstore.jpa.StatementTimingDataSource;

/** Each execution reported once, with the SQL it ran, its outcome and a duration, on every kind of statement. */
class StatementTimingDataSourceTest {
    private record Completed(String sql, Outcome outcome) {
    }

    @Test
    void everyExecutionIsReportedWithItsSqlAndOutcome() throws SQLException {
        var database = PostgresTestDatabases.freshDatabase();
        List<Completed> completed = new ArrayList<>();
        List<Duration> durations = new ArrayList<>();
        StatementListener listener = new StatementListener() {
            @Override
            public void onStatement(String sql) {
            }

            @Override
            public void onStatementCompleted(String sql, Duration duration, Outcome outcome) {
                completed.add(new Completed(sql, outcome));
                durations.add(duration);
            }
        };
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(database.jdbcUrl());
            pool.setUsername(database.user());
            pool.setPassword(database.password());
            DataSource timing = StatementTimingDataSource.of(pool, listener);
            try (Connection connection = timing.getConnection()) {
                try (Statement plain = connection.createStatement()) {
                    assertFalse(plain.execute("CREATE TABLE t (n int)"));
                    plain.addBatch("INSERT INTO t VALUES (1)");
                    plain.addBatch("INSERT INTO t VALUES (2)");
                    assertArrayEquals(new int[] {1, 1}, plain.executeBatch());
                    assertThrows(SQLException.class, () -> plain.executeQuery("SELECT 1 / 0"));
                }
                try (PreparedStatement prepared = connection.prepareStatement("SELECT count(*) FROM t WHERE n >= ?")) {
                    prepared.setInt(1, 2);
                    try (ResultSet rows = prepared.executeQuery()) {
                        rows.next();
                        assertEquals(1, rows.getInt(1));
                    }
                }
                try (CallableStatement callable = connection.prepareCall("SELECT max(n) FROM t")) {
                    try (ResultSet rows = callable.executeQuery()) {
                        rows.next();
                        assertEquals(2, rows.getInt(1));
                    }
                }
            }
        }

        assertEquals(List.of(
                new Completed("CREATE TABLE t (n int)", Outcome.SUCCEEDED),
                new Completed("(batch)", Outcome.SUCCEEDED),
                new Completed("SELECT 1 / 0", Outcome.FAILED),
                new Completed("SELECT count(*) FROM t WHERE n >= ?", Outcome.SUCCEEDED),
                new Completed("SELECT max(n) FROM t", Outcome.SUCCEEDED)), completed);
        assertEquals(List.of(), durations.stream().filter(Duration::isNegative).toList());
    }
}
