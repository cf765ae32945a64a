package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints run beside the writer, every 50 commits, on a real file. */
class WalCheckpointerTest {
    @TempDir
    Path dir;

    @Test
    void theWriterCheckpointsItselfOnlyAsASafetyNetOfTenThousandPages() throws SQLException {
        try (Connection writer = walConnection(dir.resolve("net.db"))) {
            WalCheckpointer.keepSafetyNet(writer);

            assertEquals(10_000, single(writer, "PRAGMA wal_autocheckpoint"));
        }
    }

    @Test
    void theFiftiethCommitCopiesTheWalIntoTheFileAndTheFortyNinthDoesNot() throws Exception {
        Path file = dir.resolve("store.db");
        try (Connection writer = walConnection(file)) {
            WalCheckpointer.keepSafetyNet(writer);
            execute(writer, "CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT)");
            var checkpointer = new WalCheckpointer(walConnection(file), Executors.newSingleThreadExecutor());
            for (int i = 0; i < 49; i++) {
                execute(writer, "INSERT INTO rows (text) VALUES (printf('%.2000c', 'x'))");
                checkpointer.committed();
            }
            long pages = single(writer, "PRAGMA page_count") * single(writer, "PRAGMA page_size");
            assertTrue(Files.size(file) < pages, "the 49 commits are still in the WAL only");

            execute(writer, "INSERT INTO rows (text) VALUES (printf('%.2000c', 'x'))");
            checkpointer.committed();
            checkpointer.close();

            assertEquals(1, checkpointer.checkpoints());
            assertEquals(single(writer, "PRAGMA page_count") * single(writer, "PRAGMA page_size"), Files.size(file),
                    "every page is in the file");
        }
    }

    private static Connection walConnection(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        execute(connection, "PRAGMA journal_mode = WAL");
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
