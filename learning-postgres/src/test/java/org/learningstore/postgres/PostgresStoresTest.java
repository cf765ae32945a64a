package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.error.StoreUnavailableException;

class PostgresStoresTest {
    @Test
    void aStoreOnTheHostsDataSourceLeavesItOpenAndReopeningKeepsTheData() {
        var database = PostgresTestDatabases.freshDatabase();
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(database.jdbcUrl());
            pool.setUsername(database.user());
            pool.setPassword(database.password());
            Course course;
            try (LearningStore store = PostgresStores.open(pool)) {
                course = store.catalog().createCourse(CourseDetails.builder("kept", "Kept").build());
            }
            assertFalse(pool.isClosed(), "the host's DataSource is the host's to close");

            try (LearningStore reopened = PostgresStores.open(pool)) {
                assertEquals(course, reopened.catalog().findCourse(course.id()).orElseThrow());
            }
        }
    }

    @Test
    void anUnreachableServerIsARetryableStoreUnavailable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unavailable = assertThrows(StoreUnavailableException.class,
                () -> PostgresStores.open("jdbc:postgresql://127.0.0.1:" + closedPort + "/none?user=nobody"));
        assertTrue(unavailable.retryable(), unavailable.toString());
    }

    @Test
    void aServerThatNeverAnswersFailsWithinTheConnectionWait() throws Exception {
        try (var silent = new ServerSocket(0)) {
            var options = StoreOptions.defaults().withConnections(ConnectionSettings.DEFAULTS.withConnectionWait(Duration.ofSeconds(1)));
            long started = System.nanoTime();

            var unavailable = assertThrows(StoreUnavailableException.class, () -> PostgresStores.open(
                    "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/none", "nobody", null, options));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(unavailable.retryable(), unavailable.toString());
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "a 1 s wait took " + took);
        }
    }
}
