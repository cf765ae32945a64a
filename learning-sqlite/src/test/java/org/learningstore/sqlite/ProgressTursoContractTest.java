package org.learningstore.sqlite;

import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.ProgressContract;

class ProgressTursoContractTest extends ProgressContract {
    @Override
    protected LearningStore openStore(StoreOptions options) {
        TursoTestServer server = TursoTestServer.shared();
        return TursoStores.open(server.url(), server.token(), options);
    }
}
