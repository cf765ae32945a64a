package org.learningstore.core.progress;

import org.learningstore.core.internal.check.Codes;

public enum LessonStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED;

    public String code() {
        return Codes.of(this);
    }

    public static LessonStatus fromCode(String code) {
        return Codes.parse(LessonStatus.class, "status", code);
    }
}
