package org.learningstore.sqlite.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.error.StoreUnavailableException;
import org.sqlite.SQLiteConfig;

/**
 * Copies a SQLite file with {@code VACUUM INTO}: one read transaction, so the copy is the file as
 * of one moment even while other connections and processes write (WAL lets them go on), and
 * every write that committed before the copy began is in it. The target path is a bound
 * parameter, never SQL text.
 */
public final class SqliteFileCopy {
    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal");

    private SqliteFileCopy() {
    }

    /** Copies {@code file} to {@code target}, which must not exist yet. */
    public static void backup(Path file, Path target, ConnectionSettings settings) {
        copy(existing("file", file), fresh(target, "target"), settings);
    }

    /** Checks {@code backup} whole, then copies it to {@code file}, which must not exist yet. */
    public static void restore(Path backup, Path file, ConnectionSettings settings) {
        Path source = existing("backup", backup);
        Path destination = fresh(file, "file");
        requireIntact(source, settings);
        copy(source, destination, settings);
    }

    /**
     * Copies into an empty part file beside the target (which {@code VACUUM INTO} accepts), then
     * renames it: the target appears whole or not at all, even if the process dies mid-copy.
     */
    private static void copy(Path source, Path target, ConnectionSettings settings) {
        Path part = partFile(target);
        try (Connection connection = connection(source, settings);
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, part.toString());
            vacuum.execute();
            Files.move(part, target);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException("target", "already exists: move it aside first");
        } catch (SQLException e) {
            throw new StoreUnavailableException("copying " + source + " to " + target + " failed"
                    + FileMigrationTarget.resultCode(e), false, e);
        } catch (IOException e) {
            throw new StoreUnavailableException("copying " + source + " to " + target + " failed: " + e.getMessage(),
                    false, e);
        } finally {
            deleteQuietly(part);
        }
    }

    private static Path partFile(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot write beside " + target + ": " + e.getMessage(), false, e);
        }
    }

    private static void requireIntact(Path source, ConnectionSettings settings) {
        try (Connection connection = connection(source, settings);
             PreparedStatement check = connection.prepareStatement("PRAGMA integrity_check");
             ResultSet rows = check.executeQuery()) {
            if (!rows.next() || !"ok".equals(rows.getString(1))) {
                throw new InvalidInputException("backup", "fails SQLite's integrity check");
            }
        } catch (SQLException e) {
            throw new InvalidInputException("backup", "is not a readable SQLite file");
        }
    }

    private static Connection connection(Path source, ConnectionSettings settings) throws SQLException {
        var config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, settings.busyTimeout().toMillis()));
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + source);
    }

    private static Path existing(String field, Path path) {
        InvalidInputException.required(field, path);
        Path normalized = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(normalized)) {
            throw new InvalidInputException(field, "is not an existing file");
        }
        return normalized;
    }

    /** A path no SQLite file uses yet: a stale {@code -wal} beside it would be replayed into the copy. */
    private static Path fresh(Path path, String field) {
        InvalidInputException.required(field, path);
        Path normalized = path.toAbsolutePath().normalize();
        for (String suffix : COMPANIONS) {
            if (Files.exists(Path.of(normalized + suffix))) {
                throw new InvalidInputException(field, "already exists" + (suffix.isEmpty() ? "" : " (its " + suffix
                        + " file)") + ": move it aside first");
            }
        }
        return normalized;
    }

    /** Nothing half-written: a copy that failed leaves no part file behind (after the rename there is none). */
    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // the copy's own failure is what the caller needs to see
        }
    }
}
