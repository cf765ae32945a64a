package org.learningstore.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to content, written in the transaction of the change. {@code before} and
 * {@code after} are JSON texts of the entity (null when it did not or no longer exists).
 */
public record AuditEntry(
        UUID id,
        String entityType,
        UUID entityId,
        AuditAction action,
        String actor,
        String before,
        String after,
        Instant at) {
}
