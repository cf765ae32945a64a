package org.learningstore.sqlite.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.internal.turso.ResultSet;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.TursoClient;

/**
 * The Turso transport over HTTP. Reads go out at once: one round trip per call, and
 * {@link #queryAll} sends its reads as one pipeline. Without streams there is no interactive
 * transaction, so a write unit's changes wait until its work returns and then travel as one
 * guarded batch ({@link TursoWriteBatch}); a read after a waiting change could not see it, so it
 * is refused. The unit's result is computed before its batch is sent, so when the batch's answer is
 * lost but the write log shows it committed, the unit returns that same result without running again.
 */
final class TursoExecutor implements SqlExecutor {
    private final TursoClient client;
    private final TursoWriteLog writeLog;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private volatile boolean closed;

    /** {@code changes} is null in a read unit. */
    private record Unit(TursoWriteBatch changes) {
    }

    TursoExecutor(TursoClient client, Clock clock) {
        this.client = client;
        this.writeLog = new TursoWriteLog(clock);
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(false, false, true);
    }

    @Override
    public <T> List<T> query(Sql sql, RowMapper<T> mapper) {
        return queryAll(List.of(sql)).get(0).stream().map(mapper::map).toList();
    }

    @Override
    public List<List<Row>> queryAll(List<Sql> queries) {
        Unit unit = current.get();
        if (unit != null && unit.changes() != null && !unit.changes().isEmpty()) {
            throw new IllegalStateException("reads must come before writes in a unit of work");
        }
        refuseWhenClosed();
        List<Statement> statements = queries.stream().map(sql -> new Statement(sql.text(), sql.args())).toList();
        return SqliteErrors.onTurso(() -> client.execute(statements)).stream().map(TursoExecutor::rows).toList();
    }

    @Override
    public void update(Sql sql, Guard guard) {
        Unit unit = current.get();
        if (unit == null || unit.changes() == null) {
            throw new IllegalStateException("a change must run inside a write unit");
        }
        unit.changes().add(sql, guard);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        Unit unit = current.get();
        if (unit != null) {
            if (unit.changes() == null) {
                throw new IllegalStateException("a write unit cannot start inside a read unit");
            }
            return work.get();
        }
        var changes = new TursoWriteBatch();
        T result;
        current.set(new Unit(changes));
        try {
            result = work.get();
        } finally {
            current.remove();
        }
        if (!changes.isEmpty()) {
            refuseWhenClosed();
            changes.commit(client, writeLog);
        }
        return result;
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        current.set(new Unit(null));
        try {
            return work.get();
        } finally {
            current.remove();
        }
    }

    @Override
    public boolean inUnit() {
        return current.get() != null;
    }

    private static List<Row> rows(ResultSet result) {
        Labels columns = new Labels(result.columns());
        List<Row> rows = new ArrayList<>(result.rows().size());
        result.rows().forEach(cells -> rows.add(new Row(columns, cells)));
        return rows;
    }

    /** The HTTP client would still answer, but a closed store must not: as on the file, nothing runs after close. */
    private void refuseWhenClosed() {
        if (closed) {
            throw new StoreUnavailableException("the store is closed", false, null);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
