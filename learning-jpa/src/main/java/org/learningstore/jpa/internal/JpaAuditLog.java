package org.learningstore.jpa.internal;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.port.AuditLog;

public final class JpaAuditLog implements AuditLog {
    private final CurrentEntityManager current;

    public JpaAuditLog(CurrentEntityManager current) {
        this.current = current;
    }

    @Override
    public void append(AuditEntry entry) {
        current.get().persist(AuditEntryMapping.toEntity(entry));
    }

    /** The entries in JDBC batches ({@link BatchedInserts#persistAll}). */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        BatchedInserts.persistAll(current.get(), entries.stream().map(AuditEntryMapping::toEntity).toList());
    }

    @Override
    public List<AuditEntry> history(String entityType, UUID entityId) {
        return current.get().createQuery("select a from AuditEntryEntity a"
                        + " where a.entityType = :type and a.entityId = :id order by a.at, a.id", AuditEntryEntity.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultStream()
                .map(AuditEntryMapping::toRecord)
                .toList();
    }
}
