package org.learningstore.core.learner;

/**
 * A new session and its raw token: hand the token to the learner's client now; it is never
 * stored and cannot be read back.
 */
public record OpenedSession(LearnerSession session, String token) {
    @Override
    public String toString() {
        return "OpenedSession[session=" + session + ", token=<hidden>]";
    }
}
