package org.learningstore.postgres;

import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.ProgressContract;

class ProgressPostgresContractTest extends ProgressContract {
    @Override
    protected LearningStore openStore(StoreOptions options) {
        var database = PostgresTestDatabases.freshDatabase();
        return PostgresStores.open(database.jdbcUrl(), database.user(), database.password(), options);
    }
}
