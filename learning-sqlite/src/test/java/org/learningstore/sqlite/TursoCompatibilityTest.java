package org.learningstore.sqlite;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.StoreCompatibilityKit;
import org.learningstore.sqlite.internal.turso.ResultSet;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.TursoClient;

/** The compatibility kit on Turso: every group on the one test server the module's tests share. */
class TursoCompatibilityTest extends StoreCompatibilityKit {
    @Override
    protected LearningStore openStore(StoreOptions options) {
        TursoTestServer server = TursoTestServer.shared();
        return TursoStores.open(server.url(), server.token(), options);
    }

    /** The tables of a SQLite database, but SQLite's own. */
    static final String TABLES = "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'";

    /** The study state, as the kit reads it (instants are stored in epoch microseconds, flags as 0 or 1). */
    static final String STORED_STUDY_STATE = "SELECT learner_id, question_id, last_answered_at, last_correct FROM learner_question_state";
    /** The answers the study state is derived from, in the same form. */
    static final String GRADED_HISTORY = """
            SELECT t.learner_id, n.question_id, n.answered_at, n.correct FROM attempts t JOIN answers n ON n.attempt_id = t.id \
            WHERE t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL \
            UNION ALL SELECT p.learner_id, p.question_id, p.answered_at, p.correct FROM practice_answers p""";

    /** Read with a client of its own, beside the store, as anyone reaching the server could. */
    @Override
    protected List<String> storedValues(String table) {
        return rows(client(), "SELECT * FROM " + tableName(table)).stream().flatMap(List::stream).toList();
    }

    @Override
    protected Map<String, List<String>> storedTables() {
        TursoClient client = client();
        List<String> tables = rows(client, TABLES).stream().map(row -> row.get(0)).toList();
        List<ResultSet> results = client.execute(tables.stream().map(table -> Statement.of("SELECT * FROM \"" + table + '"')).toList());
        Map<String, List<String>> stored = new TreeMap<>();
        for (int i = 0; i < tables.size(); i++) {
            stored.put(tables.get(i), texts(results.get(i)).stream().map(List::toString).sorted().toList());
        }
        return stored;
    }

    @Override
    protected List<List<String>> storedStudyState() {
        return rows(client(), STORED_STUDY_STATE);
    }

    @Override
    protected List<List<String>> gradedHistory() {
        return rows(client(), GRADED_HISTORY);
    }

    private static TursoClient client() {
        TursoTestServer server = TursoTestServer.shared();
        return new TursoClient(server.url(), server.token(), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    private static List<List<String>> rows(TursoClient client, String sql) {
        return texts(client.execute(List.of(Statement.of(sql))).get(0));
    }

    private static List<List<String>> texts(ResultSet result) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            List<String> values = new ArrayList<>();
            for (Object cell : row) {
                values.add(cell == null ? null
                        : cell instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : cell.toString());
            }
            rows.add(values);
        }
        return rows;
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
