package org.learningstore.core.progress;

import org.learningstore.core.internal.check.Codes;

public enum StudyScopeKind {
    ASSESSMENT, COURSE, SKILLS;

    public String code() {
        return Codes.of(this);
    }

    public static StudyScopeKind fromCode(String code) {
        return Codes.parse(StudyScopeKind.class, "scope", code);
    }
}
