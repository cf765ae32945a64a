package org.learningstore.core.catalog;

import org.learningstore.core.internal.check.Codes;

public enum CourseStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String code() {
        return Codes.of(this);
    }

    public static CourseStatus fromCode(String code) {
        return Codes.parse(CourseStatus.class, "status", code);
    }
}
