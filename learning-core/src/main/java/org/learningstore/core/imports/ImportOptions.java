package org.learningstore.core.imports;

import java.util.Objects;

/**
 * How an import runs.
 *
 * @param batchSize learners per batch (one transaction each), 1 to {@value #MAX_BATCH_SIZE}
 * @param listener told after each committed batch
 */
public record ImportOptions(int batchSize, ImportListener listener) {
    public static final int DEFAULT_BATCH_SIZE = 50;
    public static final int MAX_BATCH_SIZE = 10_000;

    public ImportOptions {
        Objects.requireNonNull(listener, "listener");
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_BATCH_SIZE, progress -> { });
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(size, listener);
    }

    public ImportOptions withListener(ImportListener newListener) {
        return new ImportOptions(batchSize, newListener);
    }
}
