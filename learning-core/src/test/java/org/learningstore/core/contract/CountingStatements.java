package org.learningstore.core.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.learningstore.core.StatementListener;

/** Counts the statements and round trips of one call on the test's thread. */
public final class CountingStatements implements StatementListener {
    private final ThreadLocal<List<String>> statements = new ThreadLocal<>();
    private final ThreadLocal<int[]> roundTrips = new ThreadLocal<>();
    private final ThreadLocal<List<Completed>> completions = new ThreadLocal<>();

    @Override
    public void onStatement(String sql) {
        List<String> seen = statements.get();
        if (seen != null) {
            seen.add(sql);
        }
    }

    @Override
    public void onRoundTrip() {
        int[] count = roundTrips.get();
        if (count != null) {
            count[0]++;
        }
    }

    @Override
    public void onStatementCompleted(String sql, Duration duration, Outcome outcome) {
        List<Completed> seen = completions.get();
        if (seen != null) {
            seen.add(new Completed(sql, duration, outcome));
        }
    }

    /** A statement the database answered, as {@link #onStatementCompleted} reported it. */
    public record Completed(String sql, Duration duration, Outcome outcome) {
    }

    public record Counted<T>(T result, List<String> statements, int roundTrips, List<Completed> completed) {
    }

    public <T> Counted<T> count(Supplier<T> call) {
        statements.set(new ArrayList<>());
        roundTrips.set(new int[1]);
        completions.set(new ArrayList<>());
        try {
            T result = call.get();
            return counted(result);
        } finally {
            statements.remove();
            roundTrips.remove();
            completions.remove();
        }
    }

    /** Counts a call that must fail; its failure is the result. */
    public Counted<RuntimeException> countFailure(Runnable call) {
        return count(() -> {
            try {
                call.run();
            } catch (RuntimeException failure) {
                return failure;
            }
            throw new AssertionError("the call did not fail");
        });
    }

    private <T> Counted<T> counted(T result) {
        return new Counted<>(result, List.copyOf(statements.get()), roundTrips.get()[0], List.copyOf(completions.get()));
    }
}
