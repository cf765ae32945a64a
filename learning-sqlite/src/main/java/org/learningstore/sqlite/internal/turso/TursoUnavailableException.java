package org.learningstore.sqlite.internal.turso;

/** The server could not be reached or answered something other than a Hrana pipeline response. */
public class TursoUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final boolean outcomeUnknown;

    public TursoUnavailableException(String message, boolean retryable, Throwable cause) {
        this(message, retryable, false, cause);
    }

    public TursoUnavailableException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    /**
     * @param outcomeUnknown the request may have reached the server and run there: its answer was lost
     *     (a timeout, a connection cut after sending, a gateway error, an answer that is not Hrana)
     */
    public TursoUnavailableException(String message, boolean retryable, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.outcomeUnknown = outcomeUnknown;
    }

    /** True for transient failures (connection refused, timeout, 5xx) where the same request may succeed later. */
    public boolean retryable() {
        return retryable;
    }

    /** False only when the request certainly did not run: it never left, or the server refused it unread. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
