package org.learningstore.core.catalog;

import org.learningstore.core.internal.check.Codes;

public enum LessonKind {
    THEORY, INTERACTIVE, PROJECT, PRACTICE;

    public String code() {
        return Codes.of(this);
    }

    public static LessonKind fromCode(String code) {
        return Codes.parse(LessonKind.class, "kind", code);
    }
}
