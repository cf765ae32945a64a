package org.learningstore.core.catalog;

import org.learningstore.core.internal.check.Codes;

/** Difficulty of a course and level of a skill. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public String code() {
        return Codes.of(this);
    }

    public static Level fromCode(String code) {
        return Codes.parse(Level.class, "level", code);
    }
}
