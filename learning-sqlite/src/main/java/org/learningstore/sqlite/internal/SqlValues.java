package org.learningstore.sqlite.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * How Java values are stored: ids as canonical lower-case UUID text, instants as INTEGER
 * microseconds since the epoch, durations as INTEGER milliseconds, booleans as INTEGER 0/1,
 * whole numbers as 64-bit INTEGER, fractional numbers as REAL.
 */
final class SqlValues {
    private SqlValues() {
    }

    /** The value as one of what both transports bind: null, String, Long or Double. */
    static Object bindable(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof UUID id) {
            return id.toString();
        }
        if (value instanceof Instant instant) {
            return micros(instant);
        }
        if (value instanceof Duration duration) {
            return millis(duration);
        }
        if (value instanceof Boolean flag) {
            return flag ? 1L : 0L;
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        throw new IllegalArgumentException("no SQL form for " + value.getClass().getName());
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** Whole milliseconds; the core only accepts durations that have no finer part. */
    static long millis(Duration duration) {
        return duration.toMillis();
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
