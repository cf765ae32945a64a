package org.learningstore.jpa;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.ShardingKeyBuilder;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.learningstore.core.StatementListener;

/**
 * A DataSource whose statements tell a {@link StatementListener#onStatementCompleted} how long each
 * execution took and whether it failed; hand it to Hibernate beside a {@link StatementListenerInspector},
 * which reports the statements themselves. Only executions are timed: commits and fetches are not.
 * Its connections and statements are plain wrapper classes, not reflective proxies, so a listener
 * costs each call on them no more than a delegation.
 */
public final class StatementTimingDataSource implements DataSource {
    private final DataSource target;
    private final StatementListener listener;

    private StatementTimingDataSource(DataSource target, StatementListener listener) {
        this.target = target;
        this.listener = listener;
    }

    public static DataSource of(DataSource target, StatementListener listener) {
        return new StatementTimingDataSource(target, listener);
    }

    @Override
    public ConnectionBuilder createConnectionBuilder() throws SQLException {
        return target.createConnectionBuilder();
    }

    @Override
    public ShardingKeyBuilder createShardingKeyBuilder() throws SQLException {
        return target.createShardingKeyBuilder();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return new TimingConnection(target.getConnection(), listener);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return new TimingConnection(target.getConnection(username, password), listener);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }
}
