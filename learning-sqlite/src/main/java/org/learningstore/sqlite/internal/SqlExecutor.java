package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs SQL on one SQLite database over one transport (a local file or Turso). The port
 * implementations use only this, so both transports share every SQL text.
 *
 * <p>Units of work are per thread; a unit started inside another joins it.
 */
interface SqlExecutor extends AutoCloseable {

    Capabilities capabilities();

    <T> List<T> query(Sql sql, RowMapper<T> mapper);

    default <T> Optional<T> queryOne(Sql sql, RowMapper<T> mapper) {
        return query(sql, mapper).stream().findFirst();
    }

    /** Runs several reads together: one round trip on a remote server, one snapshot on the file. */
    List<List<Row>> queryAll(List<Sql> queries);

    /**
     * Inside {@link #write}: runs the change, or defers it to the end of the unit; reads after a
     * deferred change are refused. With a guard, the unit fails unless the change hits exactly
     * the guard's number of rows.
     */
    void update(Sql sql, Guard guard);

    default void update(Sql sql) {
        update(sql, null);
    }

    /** Runs {@code work} as one atomic attempt: committed when it returns, rolled back when it throws. */
    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);

    /** Whether the calling thread is inside a unit of work. */
    boolean inUnit();

    /** Releases connections; never throws. */
    @Override
    void close();
}
