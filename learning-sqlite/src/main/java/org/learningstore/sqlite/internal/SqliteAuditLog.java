package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.CatalogRows.AUDIT_COLUMNS;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.port.AuditLog;

final class SqliteAuditLog implements AuditLog {
    private static final String APPEND = """
            INSERT INTO audit_log (id, entity_type, entity_id, action, actor, before, after, at) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Entries of one change share its instant; their time-ordered ids keep the order they were written in. */
    private static final String HISTORY = "SELECT " + AUDIT_COLUMNS
            + " FROM audit_log a WHERE a.entity_type = ? AND a.entity_id = ? ORDER BY a.at, a.id";

    private final SqlExecutor executor;
    private final CatalogRows rows;

    SqliteAuditLog(SqlExecutor executor, CatalogRows rows) {
        this.executor = executor;
        this.rows = rows;
    }

    @Override
    public void append(AuditEntry entry) {
        executor.update(appended(entry));
    }

    @Override
    public void appendAll(List<AuditEntry> entries) {
        MultiRowInsert.of(entries.stream().map(SqliteAuditLog::appended).toList()).forEach(executor::update);
    }

    private static Sql appended(AuditEntry entry) {
        return Sql.of(APPEND, entry.id(), entry.entityType(), entry.entityId(), entry.action().code(), entry.actor(),
                entry.before(), entry.after(), entry.at());
    }

    @Override
    public List<AuditEntry> history(String entityType, UUID entityId) {
        return executor.query(Sql.of(HISTORY, entityType, entityId), rows::auditEntry);
    }
}
