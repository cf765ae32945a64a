package org.learningstore.sqlite.internal.turso;

/** The server could not be reached or answered something other than a Hrana pipeline response. */
public class TursoUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public TursoUnavailableException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public TursoUnavailableException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    /** True for transient failures (connection refused, timeout, 5xx) where the same request may succeed later. */
    public boolean retryable() {
        return retryable;
    }
}
