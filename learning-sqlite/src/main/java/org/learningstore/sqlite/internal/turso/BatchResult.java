package org.learningstore.sqlite.internal.turso;

import java.util.Collections;
import java.util.List;

/**
 * Outcome of {@link TursoClient#batch} or {@link TursoClient#transaction}. Per step, exactly one of
 * {@link #stepResult} and {@link #stepError} is non-null when the step ran; both are null when its condition
 * skipped it.
 *
 * <p>"Statement" methods index the caller's statements: for {@code batch} they are the steps, for
 * {@code transaction} they exclude the BEGIN/COMMIT/ROLLBACK steps.
 */
public final class BatchResult {

    private final List<ResultSet> results;
    private final List<StepError> errors;
    private final int firstStatementStep;
    private final int statementCount;
    private final int commitStep;

    BatchResult(List<ResultSet> results, List<StepError> errors, int firstStatementStep, int statementCount,
            int commitStep) {
        this.results = Collections.unmodifiableList(results);
        this.errors = Collections.unmodifiableList(errors);
        this.firstStatementStep = firstStatementStep;
        this.statementCount = statementCount;
        this.commitStep = commitStep;
    }

    public int stepCount() {
        return results.size();
    }

    public ResultSet stepResult(int step) {
        return results.get(step);
    }

    public StepError stepError(int step) {
        return errors.get(step);
    }

    /** Result of the caller's statement {@code index}, or null if it failed or was skipped. */
    public ResultSet result(int index) {
        return results.get(step(index));
    }

    /** Error of the caller's statement {@code index}, or null. */
    public StepError error(int index) {
        return errors.get(step(index));
    }

    /** Whether the COMMIT step of a {@link TursoClient#transaction} ran successfully. */
    public boolean committed() {
        if (commitStep < 0) {
            throw new IllegalStateException("committed() is only defined for TursoClient.transaction()");
        }
        return results.get(commitStep) != null;
    }

    /** Index of the first caller statement that failed, or -1 (also when only BEGIN or COMMIT failed). */
    public int failedStatementIndex() {
        for (int i = 0; i < statementCount; i++) {
            if (error(i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The first error in step order, BEGIN/COMMIT included, or null. */
    public StepError firstError() {
        return errors.stream().filter(e -> e != null).findFirst().orElse(null);
    }

    private int step(int index) {
        if (index < 0 || index >= statementCount) {
            throw new IndexOutOfBoundsException("statement " + index + " of " + statementCount);
        }
        return firstStatementStep + index;
    }

    @Override
    public String toString() {
        return "BatchResult[results=" + results + ", errors=" + errors + "]";
    }
}
