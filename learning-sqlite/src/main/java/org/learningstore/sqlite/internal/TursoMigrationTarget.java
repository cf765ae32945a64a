package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.Optional;
import org.learningstore.sqlite.internal.turso.BatchResult;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.StepError;
import org.learningstore.sqlite.internal.turso.TursoClient;

/** A Turso database reached over HTTP: each script travels as one transactional batch. */
record TursoMigrationTarget(TursoClient client) implements MigrationTarget {
    @Override
    public void execute(Sql statement) {
        query(statement);
    }

    @Override
    public List<List<Object>> query(Sql query) {
        return SqliteErrors.onTurso(() -> client.execute(List.of(statement(query))).get(0)).rows();
    }

    @Override
    public Optional<String> applyAtomically(List<Sql> statements) {
        BatchResult result = SqliteErrors.onTurso(() -> client.transaction(
                statements.stream().map(TursoMigrationTarget::statement).toList()));
        if (result.committed()) {
            return Optional.empty();
        }
        StepError error = result.firstError();
        return Optional.of(error == null ? "the batch was not committed" : error.message());
    }

    private static Statement statement(Sql sql) {
        return new Statement(sql.text(), sql.args());
    }
}
