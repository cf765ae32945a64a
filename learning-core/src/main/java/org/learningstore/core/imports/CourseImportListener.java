package org.learningstore.core.imports;

import java.util.List;

/** Told, on the importing thread, after each batch of courses commits. */
@FunctionalInterface
public interface CourseImportListener {
    /**
     * @param batches batches committed so far, this one included
     * @param committed the courses this batch imported, in input order
     */
    void batchCommitted(int batches, List<ImportedCourse> committed);
}
