package org.learningstore.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.id.Ids;
import org.learningstore.core.port.StoreBackend;

/** What every service uses: the backend's units of work, the clock, ids, and the audit log. */
abstract class StoreService {
    protected final StoreBackend store;
    protected final Ids ids;
    private final UnitsOfWork units;
    private final Auditor auditor;

    StoreService(StoreBackend store, Clock clock, Ids ids, String actor) {
        this.store = store;
        this.ids = ids;
        this.units = new UnitsOfWork(store.transactions(), clock);
        this.auditor = new Auditor(store.auditLog(), store.json(), units, ids, actor);
    }

    /** Now, to the microsecond every backend keeps. */
    protected Instant now() {
        return units.now();
    }

    protected <T> T write(Supplier<T> work) {
        return units.write(work);
    }

    protected <T> T read(Supplier<T> work) {
        return units.read(work);
    }

    /** Appends an audit entry to the current unit of work; {@code before}/{@code after} become JSON. */
    protected void audit(String entityType, UUID entityId, AuditAction action, Object before, Object after) {
        auditor.record(entityType, entityId, action, before, after);
    }
}
