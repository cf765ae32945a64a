package org.learningstore.sqlite.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.learningstore.core.StatementListener;
import org.learningstore.core.error.StoreUnavailableException;

/**
 * The local-file transport. One writer connection behind a lock runs each write unit in
 * {@code BEGIN IMMEDIATE}, so the unit's reads and writes see and hold the latest state and
 * writers queue instead of failing; read units borrow one of a few read connections, which WAL
 * lets read while the writer writes. The {@link WalCheckpointer} hears of each commit.
 */
final class FileExecutor implements SqlExecutor {
    private final Connection writer;
    private final List<Connection> readers;
    private final BlockingQueue<Connection> idleReaders;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final JdbcStatements statements;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private final Duration readerWait;
    private final WalCheckpointer checkpointer;

    private record Unit(Connection connection, boolean writing) {
    }

    FileExecutor(Connection writer, List<Connection> readers, WalCheckpointer checkpointer, Duration readerWait,
                 StatementListener listener) {
        this.checkpointer = checkpointer;
        this.readerWait = readerWait;
        this.writer = writer;
        this.readers = List.copyOf(readers);
        this.idleReaders = new ArrayBlockingQueue<>(readers.size(), false, readers);
        this.statements = new JdbcStatements(listener);
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(true, true, false);
    }

    @Override
    public <T> List<T> query(Sql sql, RowMapper<T> mapper) {
        Unit unit = current.get();
        if (unit == null) {
            return read(() -> query(sql, mapper));
        }
        return statements.select(unit.connection(), sql).stream().map(mapper::map).toList();
    }

    @Override
    public List<List<Row>> queryAll(List<Sql> queries) {
        Unit unit = current.get();
        if (unit == null) {
            return read(() -> queryAll(queries));
        }
        if (unit.writing()) {
            return selectEach(unit.connection(), queries);
        }
        statements.command(unit.connection(), "BEGIN");
        try {
            List<List<Row>> results = selectEach(unit.connection(), queries);
            statements.command(unit.connection(), "COMMIT");
            return results;
        } catch (RuntimeException | Error failure) {
            rollbackQuietly(unit.connection());
            throw failure;
        }
    }

    private List<List<Row>> selectEach(Connection connection, List<Sql> queries) {
        List<List<Row>> results = new ArrayList<>(queries.size());
        for (Sql query : queries) {
            results.add(statements.select(connection, query));
        }
        return results;
    }

    @Override
    public void update(Sql sql, Guard guard) {
        Unit unit = current.get();
        if (unit == null || !unit.writing()) {
            throw new IllegalStateException("a change must run inside a write unit");
        }
        int changed = statements.change(unit.connection(), sql);
        if (guard != null && changed != guard.expectedChanges()) {
            throw guard.failure().get();
        }
    }

    @Override
    public <T> T write(Supplier<T> work) {
        Unit unit = current.get();
        if (unit != null) {
            if (!unit.writing()) {
                throw new IllegalStateException("a write unit cannot start inside a read unit");
            }
            return work.get();
        }
        writeLock.lock();
        try {
            statements.command(writer, "BEGIN IMMEDIATE");
            current.set(new Unit(writer, true));
            try {
                T result = work.get();
                statements.command(writer, "COMMIT");
                checkpointer.committed();
                return result;
            } catch (RuntimeException | Error failure) {
                rollbackQuietly(writer);
                throw failure;
            } finally {
                current.remove();
            }
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection reader = borrowReader();
        current.set(new Unit(reader, false));
        try {
            return work.get();
        } finally {
            current.remove();
            idleReaders.add(reader);
        }
    }

    @Override
    public boolean inUnit() {
        return current.get() != null;
    }

    private Connection borrowReader() {
        try {
            Connection reader = idleReaders.poll(readerWait.toMillis(), TimeUnit.MILLISECONDS);
            if (reader == null) {
                throw new StoreUnavailableException("no read connection came free within "
                        + readerWait.toMillis() + " ms", true, null);
            }
            return reader;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for a read connection", false, e);
        }
    }

    /** Ends the connection's transaction after a failure that is already being reported. */
    private void rollbackQuietly(Connection connection) {
        try {
            statements.command(connection, "ROLLBACK");
        } catch (RuntimeException noTransactionLeft) {
            // the original failure is what the caller needs to see
        }
    }

    @Override
    public void close() {
        checkpointer.close();
        List<Connection> all = new ArrayList<>(readers);
        all.add(writer);
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing is best effort: the store is going away
            }
        }
    }
}
