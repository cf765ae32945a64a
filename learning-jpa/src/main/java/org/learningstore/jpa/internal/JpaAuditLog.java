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

    /** One insert for each entry (Hibernate's JDBC batching is off). */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        entries.forEach(this::append);
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
