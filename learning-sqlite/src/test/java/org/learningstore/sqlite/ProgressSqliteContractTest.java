package org.learningstore.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.ProgressContract;

class ProgressSqliteContractTest extends ProgressContract {
    @Override
    protected LearningStore openStore(StoreOptions options) {
        try {
            return SqliteStores.open(Files.createTempDirectory("progress-contract-").resolve("store.db"), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
