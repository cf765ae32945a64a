package org.learningstore.core.audit;

import org.learningstore.core.internal.check.Codes;

public enum AuditAction {
    CREATED, UPDATED, PUBLISHED, ARCHIVED, DELETED, RESTORED, MOVED, REMOVED, LINKED, UNLINKED, OVERRIDDEN, FEEDBACK_GIVEN, ACTIVATED, DEACTIVATED, ERASED;

    public String code() {
        return Codes.of(this);
    }

    public static AuditAction fromCode(String code) {
        return Codes.parse(AuditAction.class, "action", code);
    }
}
