package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.ModuleDetails;

/** Hibernate steps a version only when it writes a changed entity; the store must step it on every edit, once. */
class PostgresVersioningTest {
    @Test
    void anEditThatChangesNothingStillStepsTheVersionOnceAndARealEditStepsItOnce() {
        var database = PostgresTestDatabases.freshDatabase();
        var frozen = new StoreOptions(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), StatementListener.NONE);
        try (LearningStore store = PostgresStores.open(database.jdbcUrl(), database.user(), database.password(), frozen)) {
            var catalog = store.catalog();
            Course course = catalog.createCourse(CourseDetails.builder("frozen", "Frozen").tags("a").build());
            CourseModule module = catalog.addModule(course.id(), ModuleDetails.of("M"));

            assertEquals(2, catalog.updateCourse(course.id(), 1, course.details()).version());
            assertEquals(3, catalog.updateCourse(course.id(), 2, course.details().toBuilder().title("Thawed").build()).version());
            assertEquals(3, catalog.findCourse(course.id()).orElseThrow().version());
            assertEquals(2, catalog.updateModule(module.id(), 1, module.details()).version());
            assertEquals(2, catalog.modules(course.id()).get(0).version());
        }
    }
}
