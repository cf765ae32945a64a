package org.learningstore.core.imports;

/**
 * How far an import got: all of it when returned by {@link Imports#importHistories}, the batches
 * committed so far when given to an {@link ImportListener}.
 *
 * @param batches batches committed
 * @param learners learners imported (each with all of its history)
 * @param events history events imported
 * @param answers answers imported
 */
public record ImportReport(int batches, long learners, long events, long answers) {
}
