package org.learningstore.core.internal.engagement;

/**
 * A voter's vote going from {@code from} to {@code to} (each +1, -1, or 0 for none): what it does
 * to the post's vote count and to the up votes its author received.
 */
record VoteChange(int from, int to) {

    boolean changes() {
        return from != to;
    }

    int countDelta() {
        return to - from;
    }

    int upvotesDelta() {
        return (to == 1 ? 1 : 0) - (from == 1 ? 1 : 0);
    }
}
