package com.example.hostapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseQuery;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.postgres.testing.EmbeddedPostgresStoreExtension;

/** A host's test with the extension on an instance field: every test gets its own database, on the host's clock. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshPostgresStorePerTestTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static String firstTestsUrl;

    @RegisterExtension
    final EmbeddedPostgresStoreExtension stores = EmbeddedPostgresStoreExtension.create()
            .withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    @Order(1)
    void theStoreIsResolvedAsAParameterAndTheHostsOwnTableSitsBesideIt(LearningStore store) throws SQLException {
        assertSame(stores.store(), store);
        Course course = store.catalog().createCourse(CourseDetails.builder("intro", "Intro").build());
        assertEquals(NOW, course.createdAt());

        firstTestsUrl = stores.jdbcUrl();
        try (Connection host = DriverManager.getConnection(firstTestsUrl, EmbeddedPostgresStoreExtension.USER, null);
             Statement statement = host.createStatement()) {
            statement.execute("CREATE TABLE public.host_orders (id int PRIMARY KEY)");
            try (ResultSet rows = statement.executeQuery("SELECT slug FROM learning_store.courses")) {
                rows.next();
                assertEquals("intro", rows.getString(1));
            }
        }
    }

    @Test
    @Order(2)
    void theNextTestHasADatabaseOfItsOwn(LearningStore store) {
        assertEquals(List.of(), store.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(10)).content());
        assertNotEquals(firstTestsUrl, stores.jdbcUrl());
    }
}
