package org.learningstore.examples.cli;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.sqlite.SqliteStores;

/** A local SQLite file. */
record SqliteFileDatabase(Path file) implements Database {
    @Override
    public String description() {
        return "SQLite file " + file.toAbsolutePath().normalize();
    }

    @Override
    public LearningStore open(StoreOptions options) {
        return SqliteStores.open(file, options);
    }

    @Override
    public void migrate() {
        SqliteStores.migrate(file);
    }

    @Override
    public List<Object> singleRow(String query) {
        return JdbcRow.of(() -> DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()), query);
    }

    @Override
    public void backup(Path target) {
        SqliteStores.backup(file, target);
    }
}
