package org.learningstore.core.progress;

import org.learningstore.core.internal.check.Codes;

public enum MasteryStatus {
    NOT_STARTED, IN_PROGRESS, MASTERED, REVIEW_NEEDED;

    public String code() {
        return Codes.of(this);
    }

    public static MasteryStatus fromCode(String code) {
        return Codes.parse(MasteryStatus.class, "status", code);
    }
}
