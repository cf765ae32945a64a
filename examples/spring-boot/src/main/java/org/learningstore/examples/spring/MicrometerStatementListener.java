package org.learningstore.examples.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.learningstore.core.StatementListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Each statement's time into a Micrometer timer {@value #TIMER}, tagged with its kind (the SQL's first
 * word: select, insert, update, delete, ...) and its outcome (succeeded, failed).
 */
final class MicrometerStatementListener implements StatementListener {
    static final String TIMER = "learning.store.statements";

    private final ObjectProvider<MeterRegistry> registry;

    /** The registry is looked up on first use: the DataSource is wrapped before the registry exists. */
    MicrometerStatementListener(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void onStatement(String sql) {
    }

    @Override
    public void onStatementCompleted(String sql, Duration duration, Outcome outcome) {
        registry.ifAvailable(meters -> Timer.builder(TIMER)
                .tag("kind", kind(sql))
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters)
                .record(duration));
    }

    static String kind(String sql) {
        String trimmed = sql.stripLeading();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return end == 0 ? "other" : trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
