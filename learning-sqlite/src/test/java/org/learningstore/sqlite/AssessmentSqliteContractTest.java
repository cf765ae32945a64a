package org.learningstore.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.AssessmentContract;

class AssessmentSqliteContractTest extends AssessmentContract {
    @Override
    protected LearningStore openStore(StoreOptions options) {
        try {
            return SqliteStores.open(Files.createTempDirectory("assessment-contract-").resolve("store.db"), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
