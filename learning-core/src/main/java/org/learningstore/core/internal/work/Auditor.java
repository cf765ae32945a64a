package org.learningstore.core.internal.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.json.AuditSnapshot;
import org.learningstore.core.port.AuditLog;
import org.learningstore.core.port.JsonCodec;

/** Appends audit entries, made by one actor, to the current unit of work. */
public final class Auditor {
    private final AuditLog log;
    private final JsonCodec json;
    private final UnitsOfWork units;
    private final Ids ids;
    private final String actor;

    public Auditor(AuditLog log, JsonCodec json, UnitsOfWork units, Ids ids, String actor) {
        this.log = log;
        this.json = json;
        this.units = units;
        this.ids = ids;
        this.actor = actor;
    }

    /** One entry per created entity, {@code after} each one's state as JSON; one append for all. */
    public void recordAll(String entityType, AuditAction action, Map<UUID, ?> afterById) {
        List<AuditEntry> entries = new ArrayList<>(afterById.size());
        afterById.forEach((id, after) -> entries.add(entry(entityType, id, action, null, after)));
        log.appendAll(entries);
    }

    /** {@code before}/{@code after} become JSON. */
    public void record(String entityType, UUID entityId, AuditAction action, Object before, Object after) {
        log.append(entry(entityType, entityId, action, before, after));
    }

    /** The entry {@link #record} appends, for a caller that appends many at once ({@link AuditLog#appendAll}). */
    public AuditEntry entry(String entityType, UUID entityId, AuditAction action, Object before, Object after) {
        return new AuditEntry(ids.next(), entityType, entityId, action, actor,
                before == null ? null : json.print(AuditSnapshot.of(before)),
                after == null ? null : json.print(AuditSnapshot.of(after)), units.now());
    }
}
