package org.learningstore.jpa.internal;

import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;

/** Converts between {@link AuditEntryEntity} and {@link AuditEntry}. */
final class AuditEntryMapping {
    private AuditEntryMapping() {
    }

    static AuditEntry toRecord(AuditEntryEntity entity) {
        return new AuditEntry(entity.id, entity.entityType, entity.entityId, AuditAction.fromCode(entity.action),
                entity.actor, entity.before, entity.after, entity.at);
    }

    static AuditEntryEntity toEntity(AuditEntry entry) {
        var entity = new AuditEntryEntity();
        entity.id = entry.id();
        entity.entityType = entry.entityType();
        entity.entityId = entry.entityId();
        entity.action = entry.action().code();
        entity.actor = entry.actor();
        entity.before = entry.before();
        entity.after = entry.after();
        entity.at = entry.at();
        return entity;
    }
}
