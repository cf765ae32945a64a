package org.learningstore.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.StoreCompatibilityKit;

/** The compatibility kit on a SQLite file: each group on a new file in a temporary directory. */
class SqliteFileCompatibilityTest extends StoreCompatibilityKit {
    private final Path file = newFile();

    private static Path newFile() {
        try {
            return Files.createTempDirectory("store-compatibility-").resolve("store.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected LearningStore openStore(StoreOptions options) {
        return SqliteStores.open(file, options);
    }

    /** Read with plain JDBC, beside the store, as anyone holding the file could. */
    @Override
    protected List<String> storedValues(String table) {
        try {
            return storedValues(DriverManager.getConnection("jdbc:sqlite:" + file), table);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    @Override
    protected Map<String, List<String>> storedTables() {
        try {
            return storedTables(DriverManager.getConnection("jdbc:sqlite:" + file), TursoCompatibilityTest.TABLES);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    @Override
    protected List<List<String>> storedStudyState() {
        return queried(TursoCompatibilityTest.STORED_STUDY_STATE);
    }

    @Override
    protected List<List<String>> gradedHistory() {
        return queried(TursoCompatibilityTest.GRADED_HISTORY);
    }

    private List<List<String>> queried(String select) {
        try {
            return queried(DriverManager.getConnection("jdbc:sqlite:" + file), select);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    @Override
    protected String countsColumn() {
        return "SQLite file";
    }
}
