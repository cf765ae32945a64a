package org.learningstore.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.json.AuditSnapshot;
import org.learningstore.core.port.AuditLog;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.Transactions;

/** What every service uses: the backend's units of work, the clock, ids, and the audit log. */
abstract class StoreService {
    protected final Ids ids;
    private final Transactions transactions;
    private final AuditLog auditLog;
    private final JsonCodec json;
    private final Clock clock;
    private final String actor;

    StoreService(Transactions transactions, AuditLog auditLog, JsonCodec json, Clock clock, Ids ids, String actor) {
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
        this.ids = ids;
        this.actor = actor;
    }

    /** Now, to the microsecond every backend keeps. */
    protected Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    protected <T> T write(Supplier<T> work) {
        return transactions.write(work);
    }

    protected <T> T read(Supplier<T> work) {
        return transactions.read(work);
    }

    /** Appends an audit entry to the current unit of work; {@code before}/{@code after} become JSON. */
    protected void audit(String entityType, UUID entityId, AuditAction action, Object before, Object after) {
        auditLog.append(new AuditEntry(ids.next(), entityType, entityId, action, actor,
                before == null ? null : json.print(AuditSnapshot.of(before)),
                after == null ? null : json.print(AuditSnapshot.of(after)), now()));
    }
}
