package com.example.hostapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.learningstore.sqlite.testing.SqliteStoreExtension;

/** A host's test with the extension on an instance field: every test gets its own store, on the host's clock. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshSqliteStorePerTestTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static Path firstTestsFile;

    @RegisterExtension
    final SqliteStoreExtension stores = SqliteStoreExtension.create().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    @Order(1)
    void theStoreIsResolvedAsAParameterAndStampsWritesWithTheClock(LearningStore store) {
        assertSame(stores.store(), store);
        assertEquals(0, store.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(10)).totalElements());

        Course course = store.catalog().createCourse(CourseDetails.builder("intro", "Intro").build());

        assertEquals(NOW, course.createdAt());
        firstTestsFile = stores.file();
        assertTrue(Files.exists(firstTestsFile));
    }

    @Test
    @Order(2)
    void theNextTestStartsEmptyOnANewFileAndThePreviousOneIsGone(LearningStore store) {
        assertEquals(List.of(), store.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(10)).content());
        assertFalse(stores.file().equals(firstTestsFile));
        assertFalse(Files.exists(firstTestsFile.getParent()));
    }
}
