package org.learningstore.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.LearnerContract;

class LearnerSqliteContractTest extends LearnerContract {
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private Path file;

    @Override
    protected LearningStore openStore(StoreOptions options) {
        try {
            file = Files.createTempDirectory("learner-contract-").resolve("store.db");
            return SqliteStores.open(file, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read with plain JDBC, beside the store, as anyone holding the file could. */
    @Override
    protected List<String> storedValues(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    values.add(rows.getString(column));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table + " of " + file, e);
        }
    }
}
