package org.learningstore.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDv7 ids (RFC 9562), made by the library, never by the database, so B-tree
 * inserts stay local and every backend behaves the same. Ids from one generator are strictly
 * increasing, even within one millisecond.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private long lastMillis;
    private long sequence;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public synchronized UUID next() {
        long millis = Math.max(clock.millis(), lastMillis);
        if (millis == lastMillis) {
            sequence++;
            if (sequence > 0xFFF) {
                millis++;
                sequence = RANDOM.nextInt(0x800);
            }
        } else {
            sequence = RANDOM.nextInt(0x800);
        }
        lastMillis = millis;
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
