package org.learningstore.core.engagement;

/** A vote on a post: up counts +1, down -1. */
public enum VoteDirection {
    UP(1), DOWN(-1);

    private final int value;

    VoteDirection(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
