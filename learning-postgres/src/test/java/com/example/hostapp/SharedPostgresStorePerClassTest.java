package com.example.hostapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.postgres.testing.EmbeddedPostgresStoreExtension;

/** A host's test with the extension on a static field: the class, and its nested classes, share one store. */
class SharedPostgresStorePerClassTest {
    @RegisterExtension
    static final EmbeddedPostgresStoreExtension STORES = EmbeddedPostgresStoreExtension.create();

    private static Course seeded;
    private static LearningStore outerStore;

    @BeforeAll
    static void seed(LearningStore store) {
        outerStore = store;
        seeded = store.catalog().createCourse(CourseDetails.builder("seeded", "Seeded once").build());
    }

    @Test
    void aTestOfTheClassSeesTheSeed(LearningStore store) {
        assertSame(outerStore, store);
        assertEquals(seeded, store.catalog().findCourseBySlug("seeded").orElseThrow());
    }

    @Nested
    class ANestedClass {
        @Test
        void usesTheOuterClassesStoreRatherThanANewOne(LearningStore store) {
            assertSame(outerStore, store);
            assertEquals(seeded, store.catalog().findCourse(seeded.id()).orElseThrow());
        }
    }
}
