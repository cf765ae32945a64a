package org.learningstore.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.LearnerContract;

class LearnerPostgresContractTest extends LearnerContract {
    private PostgresTestDatabases.TestDatabase database;

    @Override
    protected LearningStore openStore(StoreOptions options) {
        database = PostgresTestDatabases.freshDatabase();
        return PostgresStores.open(database.jdbcUrl(), database.user(), database.password(), options);
    }

    /** Plain JDBC beside the store, as anyone reading the database would. */
    @Override
    protected List<String> storedValues(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    values.add(rows.getString(i));
                }
            }
            return values;
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot read " + table, failure);
        }
    }
}
