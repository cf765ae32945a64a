package org.learningstore.postgres;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.contract.StoreCompatibilityKit;

/** The compatibility kit on PostgreSQL: each group on a fresh database of the embedded server. */
class PostgresCompatibilityTest extends StoreCompatibilityKit {
    private final PostgresTestDatabases.TestDatabase database = PostgresTestDatabases.freshDatabase();

    @Override
    protected LearningStore openStore(StoreOptions options) {
        return PostgresStores.open(database.jdbcUrl(), database.user(), database.password(), options);
    }

    /** Plain JDBC beside the store, as anyone reading the database would. */
    @Override
    protected List<String> storedValues(String table) {
        try {
            return storedValues(database.connectToStoreSchema(), table);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot connect to " + database.jdbcUrl(), failure);
        }
    }

    @Override
    protected Map<String, List<String>> storedTables() {
        try {
            return storedTables(database.connectToStoreSchema(),
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot connect to " + database.jdbcUrl(), failure);
        }
    }

    /** The study state, as the kit reads it: instants in epoch microseconds, flags as 0 or 1. */
    @Override
    protected List<List<String>> storedStudyState() {
        return queried("""
                SELECT learner_id, question_id, CAST(extract(epoch FROM last_answered_at) * 1000000 AS bigint),
                       CASE WHEN last_correct THEN 1 ELSE 0 END FROM learner_question_state""");
    }

    @Override
    protected List<List<String>> gradedHistory() {
        return queried("""
                SELECT h.learner_id, h.question_id, CAST(extract(epoch FROM h.answered_at) * 1000000 AS bigint),
                       CASE WHEN h.correct THEN 1 ELSE 0 END
                FROM (SELECT t.learner_id, n.question_id, n.answered_at, n.correct FROM attempts t JOIN answers n ON n.attempt_id = t.id
                      WHERE t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL
                      UNION ALL SELECT p.learner_id, p.question_id, p.answered_at, p.correct FROM practice_answers p) AS h""");
    }

    private List<List<String>> queried(String select) {
        try {
            return queried(database.connectToStoreSchema(), select);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot connect to " + database.jdbcUrl(), failure);
        }
    }

    @Override
    protected String countsColumn() {
        return "PostgreSQL";
    }
}
