package org.learningstore.sqlite.internal.turso;

/** The server rejected a statement (SQL error, constraint violation, bad argument). */
public class TursoStatementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statementIndex;
    private final String serverMessage;
    private final String code;

    public TursoStatementException(int statementIndex, String serverMessage, String code) {
        super("statement " + statementIndex + " failed: " + serverMessage + (code == null ? "" : " [" + code + "]"));
        this.statementIndex = statementIndex;
        this.serverMessage = serverMessage;
        this.code = code;
    }

    /** Index into the submitted statement list; -1 when the whole batch request was rejected. */
    public int statementIndex() {
        return statementIndex;
    }

    public String serverMessage() {
        return serverMessage;
    }

    /** Hrana error code such as {@code PREPARE_ERROR} or {@code EXECUTE_ERROR}; may be null. */
    public String code() {
        return code;
    }
}
