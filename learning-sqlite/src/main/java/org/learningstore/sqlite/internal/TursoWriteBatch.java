package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.turso.Condition.isAutocommit;
import static org.learningstore.sqlite.internal.turso.Condition.not;
import static org.learningstore.sqlite.internal.turso.Condition.ok;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.sqlite.internal.turso.BatchResult;
import org.learningstore.sqlite.internal.turso.BatchStep;
import org.learningstore.sqlite.internal.turso.Statement;
import org.learningstore.sqlite.internal.turso.StepError;
import org.learningstore.sqlite.internal.turso.TursoClient;
import org.learningstore.sqlite.internal.turso.TursoUnavailableException;

/**
 * The changes of one write unit on Turso, sent as one atomic batch:
 * {@code PRAGMA foreign_keys=ON} (before BEGIN: a pragma is a no-op inside a transaction, and the
 * local server shares one connection, so it cannot be left to a previous request), {@code BEGIN},
 * the batch's id into the write log ({@link TursoWriteLog}), each change only if the step before it
 * succeeded, after each guarded change a step that fails unless {@code changes()} is what the guard
 * expects, {@code COMMIT} only if the last step succeeded, and a {@code ROLLBACK} whenever a
 * transaction is still open.
 */
final class TursoWriteBatch {
    private static final Statement FOREIGN_KEYS_ON = Statement.of("PRAGMA foreign_keys=ON");
    private static final Statement BEGIN = Statement.of("BEGIN");
    private static final Statement COMMIT = Statement.of("COMMIT");
    private static final Statement ROLLBACK = Statement.of("ROLLBACK");
    /** Fails with "integer overflow" unless the change before it changed the expected number of rows. */
    private static final String GUARD = "SELECT CASE WHEN changes() = ? THEN 1 ELSE abs(-9223372036854775807 - 1) END";

    private record Change(Sql sql, Guard guard) {
    }

    private final List<Change> changes = new ArrayList<>();

    void add(Sql sql, Guard guard) {
        changes.add(new Change(sql, guard));
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Sends the batch, its id recorded in the write log first; throws the error of the first step that
     * failed, after which nothing was written. When the answer is lost, the write log says whether it
     * committed: if it did, this returns as if the answer had come; if not, the failure is retryable.
     */
    void commit(TursoClient client, TursoWriteLog log) {
        UUID id = UUID.randomUUID();
        log.purgeIfDue().ifPresent(purge -> add(purge, null));
        List<BatchStep> steps = new ArrayList<>();
        Map<Integer, Guard> guardSteps = new HashMap<>();
        steps.add(BatchStep.always(FOREIGN_KEYS_ON));
        steps.add(BatchStep.when(ok(0), BEGIN));
        int begin = 1;
        steps.add(BatchStep.when(ok(begin), statement(log.record(id))));
        for (Change change : changes) {
            steps.add(BatchStep.when(ok(steps.size() - 1), statement(change.sql())));
            if (change.guard() != null) {
                guardSteps.put(steps.size(), change.guard());
                steps.add(BatchStep.when(ok(steps.size() - 1), Statement.of(GUARD, (long) change.guard().expectedChanges())));
            }
        }
        int commit = steps.size();
        steps.add(BatchStep.when(ok(commit - 1), COMMIT));
        steps.add(BatchStep.when(not(isAutocommit()), ROLLBACK));

        BatchResult result = SqliteErrors.onTurso(() -> send(client, steps, log, id));
        if (result == null || result.stepError(commit) == null && result.stepResult(commit) != null) {
            return;
        }
        for (int step = 0; step <= commit; step++) {
            StepError error = result.stepError(step);
            if (error == null) {
                continue;
            }
            if (guardSteps.containsKey(step)) {
                throw guardSteps.get(step).failure().get();
            }
            throw step <= begin ? SqliteErrors.transactionNotStarted(error, step) : SqliteErrors.fromTursoStep(error, step);
        }
        throw new StoreUnavailableException("Turso skipped the COMMIT of a batch without reporting an error", false, null);
    }

    /** The batch's answer, or null when the answer was lost but the write log shows the batch committed. */
    private static BatchResult send(TursoClient client, List<BatchStep> steps, TursoWriteLog log, UUID id) {
        try {
            return client.batch(steps);
        } catch (TursoUnavailableException lost) {
            if (!lost.outcomeUnknown()) {
                throw lost;
            }
            if (log.committed(client, id, lost)) {
                return null;
            }
            throw new TursoUnavailableException("the answer to a write was lost and the write log shows it did not "
                    + "commit (it never will): nothing was written", true, false, lost);
        }
    }

    private static Statement statement(Sql sql) {
        return new Statement(sql.text(), sql.args());
    }
}
