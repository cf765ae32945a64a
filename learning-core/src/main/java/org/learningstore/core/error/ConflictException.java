package org.learningstore.core.error;

/**
 * A unique value already taken, or a concurrent change (stale version). Nothing was written.
 * {@link #field()} names the unique field when one is known.
 */
public final class ConflictException extends LearningStoreException {
    private final String field;

    public ConflictException(String field, String message, Throwable cause) {
        this(null, field, message, cause);
    }

    /** The conflict of the facade call {@code operation}; see {@link #operation()}. */
    public ConflictException(String operation, String field, String message, Throwable cause) {
        super(operation, message, cause);
        this.field = field;
    }

    public ConflictException(String message) {
        this(null, message, null);
    }

    public static ConflictException staleVersion(String entity, Object id, long expected, long actual) {
        return new ConflictException("version", entity + " " + id + " is at version " + actual
                + ", not the expected " + expected, null);
    }

    /** The unique field in conflict, or null for a concurrent change. */
    public String field() {
        return field;
    }
}
