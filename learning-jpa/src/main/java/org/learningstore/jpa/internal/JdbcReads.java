package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.FlushMode;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * A read in plain JDBC on the unit's own connection and transaction, for hot reads whose rows map
 * straight to records: no query object, no result-set metadata, no persistence context, columns read
 * by index; and hot writes ({@link #update}), without Hibernate's native query around them. Hibernate's native queries cost more JVM time than the statement itself on PostgreSQL.
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
        return run(entityManager, sql, args, (jdbc, statement) -> reader.read(jdbc.getResultSetReturn().extract(statement, sql)));
    }

    /** A write, run as {@link #query} runs a read: the number of rows it changed. */
    static int update(EntityManager entityManager, String sql, Object... args) {
        return run(entityManager, sql, args, (jdbc, statement) -> jdbc.getResultSetReturn().executeUpdate(statement, sql));
    }

    @FunctionalInterface
    private interface Execution<T> {
        T execute(JdbcCoordinator jdbc, PreparedStatement statement) throws SQLException;
    }

    private static <T> T run(EntityManager entityManager, String sql, Object[] args, Execution<T> execution) {
        var session = entityManager.unwrap(SharedSessionContractImplementor.class);
        if (session.getHibernateFlushMode() != FlushMode.MANUAL) {
            // as a query would under AUTO: a write unit's pending changes first, so the statement sees them
            entityManager.flush();
        }
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                // the driver takes an instant as a timestamptz only in this form; exact to the microsecond
                statement.setObject(i + 1, args[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : args[i]);
            }
            return execution.execute(jdbc, statement);
        } catch (SQLException failure) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(failure, "a statement failed", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
