package org.learningstore.core.imports;

import java.util.Objects;

/**
 * How a course import runs.
 *
 * @param batchSize courses per batch (one transaction each), 1 to {@value #MAX_BATCH_SIZE}
 * @param listener told after each committed batch
 */
public record CourseImportOptions(int batchSize, CourseImportListener listener) {
    public static final int DEFAULT_BATCH_SIZE = 10;
    public static final int MAX_BATCH_SIZE = 1_000;

    public CourseImportOptions {
        Objects.requireNonNull(listener, "listener");
    }

    public static CourseImportOptions defaults() {
        return new CourseImportOptions(DEFAULT_BATCH_SIZE, (batches, committed) -> { });
    }

    public CourseImportOptions withBatchSize(int size) {
        return new CourseImportOptions(size, listener);
    }

    public CourseImportOptions withListener(CourseImportListener newListener) {
        return new CourseImportOptions(batchSize, newListener);
    }
}
