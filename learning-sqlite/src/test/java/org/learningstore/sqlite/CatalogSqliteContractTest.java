package org.learningstore.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.CatalogContract;

class CatalogSqliteContractTest extends CatalogContract {
    @Override
    protected LearningStore openStore(StoreOptions options) {
        try {
            return SqliteStores.open(Files.createTempDirectory("catalog-contract-").resolve("store.db"), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
