package org.learningstore.postgres;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.StoreCompatibilityKit;

/** The compatibility kit on PostgreSQL: each group on a fresh database of the embedded server. */
class PostgresCompatibilityTest extends StoreCompatibilityKit {
    private final PostgresTestDatabases.TestDatabase database = PostgresTestDatabases.freshDatabase();

    @Override
    protected LearningStore openStore(StoreOptions options) {
        return PostgresStores.open(database.jdbcUrl(), database.user(), database.password(), options);
    }

    /** Plain JDBC beside the store, as anyone reading the database would. */
    @Override
    protected List<String> storedValues(String table) {
        try {
            return storedValues(database.connectToStoreSchema(), table);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot connect to " + database.jdbcUrl(), failure);
        }
    }

    @Override
    protected Map<String, List<String>> storedTables() {
        try {
            return storedTables(database.connectToStoreSchema(),
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot connect to " + database.jdbcUrl(), failure);
        }
    }

    @Override
    protected String countsColumn() {
        return "PostgreSQL";
    }
}
