package org.learningstore.sqlite;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.StoreCompatibilityKit;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.TursoClient;

/** The compatibility kit on Turso: every group on the one test server the module's tests share. */
class TursoCompatibilityTest extends StoreCompatibilityKit {
    @Override
    protected LearningStore openStore(StoreOptions options) {
        TursoTestServer server = TursoTestServer.shared();
        return TursoStores.open(server.url(), server.token(), options);
    }

    /** Read with a client of its own, beside the store, as anyone reaching the server could. */
    @Override
    protected List<String> storedValues(String table) {
        TursoTestServer server = TursoTestServer.shared();
        var client = new TursoClient(server.url(), server.token(), Duration.ofSeconds(5), Duration.ofSeconds(30));
        List<String> values = new ArrayList<>();
        for (List<Object> row : client.execute(List.of(Statement.of("SELECT * FROM " + tableName(table)))).get(0).rows()) {
            for (Object cell : row) {
                values.add(cell == null ? null
                        : cell instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : cell.toString());
            }
        }
        return values;
    }

    /** The local server has no streams: the kit asserts the refusal. */
    @Override
    protected boolean spansCallsInOneTransaction() {
        return false;
    }

    @Override
    protected String countsColumn() {
        return "Turso";
    }
}
