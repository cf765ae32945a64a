package org.learningstore.sqlite.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies the WAL into the database file beside the write units, not inside them: a commit that
 * crosses SQLite's automatic checkpoint threshold would otherwise copy a thousand pages into the
 * file and sync it before it returns (the slow tail of a write). Every
 * {@value #COMMITS_PER_CHECKPOINT} commits of the store's writer, this runs a PASSIVE checkpoint
 * (it waits for no reader and no writer) on a connection of its own; the writer keeps an
 * automatic checkpoint of {@value #SAFETY_NET_PAGES} pages as a safety net, reached only if
 * these fall behind.
 */
final class WalCheckpointer implements AutoCloseable {
    static final int COMMITS_PER_CHECKPOINT = 50;
    static final int SAFETY_NET_PAGES = 10_000;

    private final Connection connection;
    private final ExecutorService runner;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicInteger checkpoints = new AtomicInteger();

    /** {@code connection}: one of its own to the file; {@code runner}: where the checkpoints run, one at a time. */
    WalCheckpointer(Connection connection, ExecutorService runner) {
        this.connection = connection;
        this.runner = runner;
    }

    /** Checkpoints on a daemon thread of its own. */
    static WalCheckpointer inBackground(Connection connection) {
        return new WalCheckpointer(connection, Executors.newSingleThreadExecutor(task -> {
            Thread checkpointer = new Thread(task, "learning-store-wal-checkpoint");
            checkpointer.setDaemon(true);
            return checkpointer;
        }));
    }

    /** Sets the writer's automatic checkpoint to the safety net. */
    static void keepSafetyNet(Connection writer) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = " + SAFETY_NET_PAGES);
        }
    }

    /** Called after each commit of the writer; starts a checkpoint every {@value #COMMITS_PER_CHECKPOINT} commits. */
    void committed() {
        if (commits.incrementAndGet() >= COMMITS_PER_CHECKPOINT && pending.compareAndSet(false, true)) {
            commits.set(0);
            try {
                runner.execute(this::checkpoint);
            } catch (RejectedExecutionException closing) {
                // the store is closing: the commit stands, and closing the last connection checkpoints the WAL
                pending.set(false);
            }
        }
    }

    /** The checkpoints run so far. */
    int checkpoints() {
        return checkpoints.get();
    }

    private void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            checkpoints.incrementAndGet();
        } catch (SQLException busyOrClosing) {
            // the next one copies what this one left, and the writer's safety net stays
        } finally {
            pending.set(false);
        }
    }

    /** Lets a checkpoint under way finish, then closes the connection. */
    @Override
    public void close() {
        runner.shutdown();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort: the store is going away
        }
    }
}
