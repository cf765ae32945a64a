package org.learningstore.core.engagement;

/** The order of a course's threads: newest first, or most votes first (newest first among equal counts). */
public enum ThreadSort {
    NEWEST, VOTES
}
