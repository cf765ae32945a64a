package org.learningstore.core.internal;

import java.time.Clock;
import org.learningstore.core.id.Ids;
import org.learningstore.core.port.StoreBackend;

/** A service that still takes the whole backend rather than only the ports it uses. */
abstract class BackendService extends StoreService {
    protected final StoreBackend store;

    BackendService(StoreBackend store, Clock clock, Ids ids, String actor) {
        super(store.transactions(), store.auditLog(), store.json(), clock, ids, actor);
        this.store = store;
    }
}
