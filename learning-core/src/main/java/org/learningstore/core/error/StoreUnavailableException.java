package org.learningstore.core.error;

/** The database could not be reached or answered with a failure that is not the caller's fault. */
public class StoreUnavailableException extends LearningStoreException {
    private final boolean retryable;

    public StoreUnavailableException(String message, boolean retryable, Throwable cause) {
        this(null, message, retryable, cause);
    }

    /** The failure of the facade call {@code operation}; see {@link #operation()}. */
    public StoreUnavailableException(String operation, String message, boolean retryable, Throwable cause) {
        super(operation, message, cause);
        this.retryable = retryable;
    }

    /** Whether trying the same call again later can succeed. */
    public boolean retryable() {
        return retryable;
    }
}
