package org.learningstore.examples.bench;

import java.util.concurrent.atomic.LongAdder;
import org.learningstore.core.StatementListener;

/** Counts the statements and round trips a store sends, over every thread. */
final class CallCounter implements StatementListener {
    private final LongAdder statements = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();

    /** The totals at one moment. */
    record Totals(long statements, long roundTrips) {
        Totals minus(Totals earlier) {
            return new Totals(statements - earlier.statements, roundTrips - earlier.roundTrips);
        }
    }

    @Override
    public void onStatement(String sql) {
        statements.increment();
    }

    @Override
    public void onRoundTrip() {
        roundTrips.increment();
    }

    Totals totals() {
        return new Totals(statements.sum(), roundTrips.sum());
    }
}
