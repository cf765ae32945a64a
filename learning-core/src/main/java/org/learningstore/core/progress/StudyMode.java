package org.learningstore.core.progress;

import org.learningstore.core.internal.check.Codes;

public enum StudyMode {
    PRACTICE, REVIEW, TIMED;

    public String code() {
        return Codes.of(this);
    }

    public static StudyMode fromCode(String code) {
        return Codes.parse(StudyMode.class, "mode", code);
    }
}
