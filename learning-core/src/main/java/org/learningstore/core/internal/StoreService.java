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
    private final UnitsOfWork work;

    StoreService(StoreBackend store, Clock clock, Ids ids, String actor) {
        this.store = store;
        this.ids = ids;
        this.work = new UnitsOfWork(store.transactions(), store.auditLog(), store.json(), clock, ids, actor);
    }

    /** Now, to the microsecond every backend keeps. */
    protected Instant now() {
        return work.now();
    }

    protected <T> T write(Supplier<T> work) {
        return this.work.write(work);
    }

    protected <T> T read(Supplier<T> work) {
        return this.work.read(work);
    }

    /** Appends an audit entry to the current unit of work; {@code before}/{@code after} become JSON. */
    protected void audit(String entityType, UUID entityId, AuditAction action, Object before, Object after) {
        work.audit(entityType, entityId, action, before, after);
    }
}
