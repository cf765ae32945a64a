package org.learningstore.core.report;

/**
 * What {@code LearningStore.health()} found: the backend ({@code postgresql}, {@code sqlite} or
 * {@code turso}), whether the database answered, and then the highest schema version applied
 * (null when it did not answer).
 */
public record StoreHealth(String backend, boolean available, String schemaVersion) {
}
