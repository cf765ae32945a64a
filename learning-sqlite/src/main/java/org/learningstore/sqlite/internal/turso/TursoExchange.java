package org.learningstore.sqlite.internal.turso;

import java.net.URI;

/**
 * What a failed exchange with the server said: its endpoint, and its reply or the transport's
 * failure. It may name hosts and quote SQL or values, so it is only ever the cause of a
 * {@link TursoUnavailableException}, whose message names neither, for the host's own logs.
 */
public final class TursoExchange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TursoExchange(URI endpoint, String what, Throwable cause) {
        super("Turso at " + endpoint + " " + what, cause);
    }
}
