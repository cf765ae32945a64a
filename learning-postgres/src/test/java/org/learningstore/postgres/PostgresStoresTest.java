package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
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
}
