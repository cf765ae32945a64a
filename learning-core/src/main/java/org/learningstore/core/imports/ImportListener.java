package org.learningstore.core.imports;

/** Told, on the importing thread, after each batch commits. */
@FunctionalInterface
public interface ImportListener {
    void batchCommitted(ImportReport progress);
}
