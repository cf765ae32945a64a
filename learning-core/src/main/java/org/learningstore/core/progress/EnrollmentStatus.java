package org.learningstore.core.progress;

import org.learningstore.core.internal.check.Codes;

public enum EnrollmentStatus {
    ACTIVE, COMPLETED, DROPPED;

    public String code() {
        return Codes.of(this);
    }

    public static EnrollmentStatus fromCode(String code) {
        return Codes.parse(EnrollmentStatus.class, "status", code);
    }
}
