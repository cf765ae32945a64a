package org.learningstore.core.assessment;

import org.learningstore.core.internal.check.Codes;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, ABANDONED, EXPIRED;

    public String code() {
        return Codes.of(this);
    }

    public static AttemptStatus fromCode(String code) {
        return Codes.parse(AttemptStatus.class, "status", code);
    }
}
