package org.learningstore.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.learningstore.core.StatementListener;

/** Counts the statements and round trips of one call on the test's thread. */
public final class CountingStatements implements StatementListener {
    private final ThreadLocal<List<String>> statements = new ThreadLocal<>();
    private final ThreadLocal<int[]> roundTrips = new ThreadLocal<>();

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

    public record Counted<T>(T result, List<String> statements, int roundTrips) {
    }

    public <T> Counted<T> count(Supplier<T> call) {
        statements.set(new ArrayList<>());
        roundTrips.set(new int[1]);
        try {
            T result = call.get();
            return new Counted<>(result, List.copyOf(statements.get()), roundTrips.get()[0]);
        } finally {
            statements.remove();
            roundTrips.remove();
        }
    }
}
