package org.learningstore.core.audit;

import java.util.List;
import java.util.UUID;

/** Reads the audit log. */
public interface AuditTrail {
    /** Entries about one entity, oldest first. */
    List<AuditEntry> history(String entityType, UUID entityId);
}
