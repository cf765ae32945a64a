package com.example.hostapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
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

/** A host's test with the extension on a static field: the class's tests share one store, seeded once. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedSqliteStorePerClassTest {
    @RegisterExtension
    static final SqliteStoreExtension STORES = SqliteStoreExtension.create();

    @BeforeAll
    static void seed(LearningStore store) {
        store.catalog().createCourse(CourseDetails.builder("seeded", "Seeded once").build());
    }

    @Test
    @Order(1)
    void aTestAddsToTheSharedStore(LearningStore store) {
        store.catalog().createCourse(CourseDetails.builder("added", "Added by the first test").build());
        assertEquals(List.of("added", "seeded"), slugs(store));
    }

    @Test
    @Order(2)
    void theNextTestSeesWhatTheFirstAdded(LearningStore store) {
        assertEquals(List.of("added", "seeded"), slugs(store));
    }

    private static List<String> slugs(LearningStore store) {
        return store.catalog().listCourses(CourseQuery.all(), PageRequest.ofSize(10)).content().stream()
                .map(Course::slug).sorted().toList();
    }
}
