package org.learningstore.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A host's DataSource whose connections, while the store holds them, resolve names in the
 * store's schema; each goes back to the host's pool with the schema it came with.
 */
final class SchemaBoundDataSource implements DataSource {
    private final DataSource host;
    private final String schema;

    SchemaBoundDataSource(DataSource host, String schema) {
        this.host = host;
        this.schema = schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bound(host.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bound(host.getConnection(username, password));
    }

    private Connection bound(Connection connection) throws SQLException {
        String hostSchema = connection.getSchema();
        try {
            connection.setSchema(schema);
        } catch (SQLException failure) {
            connection.close();
            throw failure;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed()) {
                        try {
                            connection.setSchema(hostSchema);
                        } finally {
                            connection.close();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return host.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        host.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        host.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return host.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return host.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return host.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return host.isWrapperFor(type);
    }
}
