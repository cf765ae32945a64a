package org.learningstore.core.error;

/** Base of every error the library throws; unchecked, never a raw driver exception. */
public abstract class LearningStoreException extends RuntimeException {
    private final String operation;

    protected LearningStoreException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** An error of the facade call {@code operation}: the message starts {@code "<operation> failed: "}. */
    protected LearningStoreException(String operation, String message, Throwable cause) {
        super(operation == null ? message : operation + " failed: " + message, cause);
        this.operation = operation;
    }

    /**
     * The facade method whose call failed ({@code "createCourse"}), named on the errors the store
     * reports ({@link StoreUnavailableException}, {@link ConflictException}); null on the others,
     * and on errors raised outside a call (opening a store).
     */
    public String operation() {
        return operation;
    }
}
