package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.FlushMode;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * A read in plain JDBC on the unit's own connection and transaction, for hot reads whose rows map
 * straight to records: no query object, no result-set metadata, no persistence context, columns read
 * by index. Hibernate's native queries cost more JVM time than the statement itself on PostgreSQL.
 * The statement goes through the session's JDBC coordinator, so the statement inspector sees it (the
 * store's statement listener counts it), the driver's statement cache serves it, its resources are
 * released with the session's, and a failure arrives as Hibernate's JDBCException, translated into
 * a typed error as any other.
 */
final class JdbcReads {
    /** Reads the whole result; the result set is closed afterwards. */
    @FunctionalInterface
    interface ResultReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private JdbcReads() {
    }

    /** Runs {@code sql} with {@code args} bound in order to its {@code ?} parameters. */
    static <T> T query(EntityManager entityManager, String sql, ResultReader<T> reader, Object... args) {
        var session = entityManager.unwrap(SharedSessionContractImplementor.class);
        if (session.getHibernateFlushMode() != FlushMode.MANUAL) {
            // as a query would under AUTO: a write unit's pending changes first, so the read sees them
            entityManager.flush();
        }
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return reader.read(jdbc.getResultSetReturn().extract(statement, sql));
        } catch (SQLException failure) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(failure, "a read failed", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
