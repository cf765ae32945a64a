package org.learningstore.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How a backend connects and how hard it tries; every backend reads the settings that apply to it.
 *
 * @param poolSize PostgreSQL: the most connections the store's own pool opens (not used on a host's DataSource)
 * @param readConnections SQLite file: read connections beside the one writer
 * @param busyTimeout SQLite file: how long a statement waits for another process's lock
 * @param connectionWait how long a call waits for a free connection (PostgreSQL pool, SQLite readers)
 *     before failing with a retryable {@code StoreUnavailableException}; also bounds a first
 *     connection to a PostgreSQL server that is down
 * @param tursoConnectTimeout Turso: how long opening an HTTP connection may take
 * @param tursoRequestTimeout Turso: how long one request may take
 * @param writeAttempts every backend: how many times a write is run in all when it fails on a
 *     concurrent change or a transient failure (1: never again)
 */
public record ConnectionSettings(int poolSize, int readConnections, Duration busyTimeout, Duration connectionWait,
                                 Duration tursoConnectTimeout, Duration tursoRequestTimeout, int writeAttempts) {
    /** 10 pooled connections, 4 readers, 5 s busy timeout, 5 s connection wait, Turso 10 s / 30 s, 8 write attempts. */
    public static final ConnectionSettings DEFAULTS = new ConnectionSettings(10, 4, Duration.ofSeconds(5),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), 8);

    public ConnectionSettings {
        atLeastOne("poolSize", poolSize);
        atLeastOne("readConnections", readConnections);
        atLeastOne("writeAttempts", writeAttempts);
        positive("busyTimeout", busyTimeout);
        positive("connectionWait", connectionWait);
        positive("tursoConnectTimeout", tursoConnectTimeout);
        positive("tursoRequestTimeout", tursoRequestTimeout);
    }

    public ConnectionSettings withPoolSize(int size) {
        return new ConnectionSettings(size, readConnections, busyTimeout, connectionWait, tursoConnectTimeout,
                tursoRequestTimeout, writeAttempts);
    }

    public ConnectionSettings withReadConnections(int count) {
        return new ConnectionSettings(poolSize, count, busyTimeout, connectionWait, tursoConnectTimeout,
                tursoRequestTimeout, writeAttempts);
    }

    public ConnectionSettings withBusyTimeout(Duration timeout) {
        return new ConnectionSettings(poolSize, readConnections, timeout, connectionWait, tursoConnectTimeout,
                tursoRequestTimeout, writeAttempts);
    }

    public ConnectionSettings withConnectionWait(Duration wait) {
        return new ConnectionSettings(poolSize, readConnections, busyTimeout, wait, tursoConnectTimeout,
                tursoRequestTimeout, writeAttempts);
    }

    public ConnectionSettings withTursoTimeouts(Duration connect, Duration request) {
        return new ConnectionSettings(poolSize, readConnections, busyTimeout, connectionWait, connect, request,
                writeAttempts);
    }

    public ConnectionSettings withWriteAttempts(int attempts) {
        return new ConnectionSettings(poolSize, readConnections, busyTimeout, connectionWait, tursoConnectTimeout,
                tursoRequestTimeout, attempts);
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
