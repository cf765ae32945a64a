package org.learningstore.sqlite.internal.turso;

/** An error the server reported for one statement, e.g. {@code EXECUTE_ERROR} or {@code BATCH_STEP_ERROR}. */
public record StepError(String message, String code) {}
