package org.learningstore.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.audit.AuditEntry;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.learner.LearnerProfile;

/** How a store ends (close, views) and how several calls share one transaction, on every backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LifecycleContract {
    private static final String CLOSED = "the store is closed: open a new one";
    private static final String NO_SPANNING = "this backend cannot run several calls in one transaction: the server"
            + " offers no interactive transactions (streams), so each call commits on its own";

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-08-01T09:00:00Z"));
    private LearningStore store;

    protected abstract StoreCompatibilityKit kit();

    @BeforeAll
    void openStore() {
        store = open();
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    private LearningStore open() {
        return kit().openStore(new StoreOptions(clock, StatementListener.NONE));
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void afterCloseEveryCallFailsAsClosedAndNoWriteLands() {
        LearningStore closing = open();
        Course kept = closing.catalog().createCourse(CourseDetails.builder(slug("kept"), "Kept").build());
        LearningStore view = closing.actingAs("editor-1");
        String lateSlug = slug("late");

        closing.close();
        closing.close();

        List<Map.Entry<String, Executable>> calls = List.of(
                Map.entry("findCourse", () -> closing.catalog().findCourse(kept.id())),
                Map.entry("createCourse", () -> closing.catalog().createCourse(CourseDetails.builder(lateSlug, "Late").build())),
                Map.entry("createCourse", () -> view.catalog().createCourse(CourseDetails.builder(lateSlug, "Late").build())),
                Map.entry("history", () -> closing.audit().history("course", kept.id())),
                Map.entry("inTransaction", () -> closing.inTransaction(tx -> tx.catalog().findCourse(kept.id()))));
        for (Map.Entry<String, Executable> call : calls) {
            var closed = assertThrows(StoreUnavailableException.class, call.getValue());
            assertEquals(call.getKey(), closed.operation());
            assertEquals(call.getKey() + " failed: " + CLOSED, closed.getMessage());
            assertFalse(closed.retryable());
        }
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(lateSlug));
        assertEquals(Optional.of(kept), store.catalog().findCourse(kept.id()));
    }

    @Test
    void closingAViewLeavesTheStoreOpen() {
        Course course;
        try (LearningStore view = store.actingAs("editor-2")) {
            course = view.catalog().createCourse(CourseDetails.builder(slug("viewed"), "Viewed").build());
        }

        assertEquals(Optional.of(course), store.catalog().findCourse(course.id()));
        List<AuditEntry> history = store.audit().history("course", course.id());
        assertEquals(List.of("editor-2"), history.stream().map(AuditEntry::actor).toList());
    }

    @Test
    void callsInOneTransactionCommitTogether() {
        String slug = slug("together");
        if (!kit().spansCallsInOneTransaction()) {
            assertRefused(slug);
            return;
        }

        Learner learner = store.actingAs("editor-3").inTransaction(tx -> {
            Course course = tx.catalog().createCourse(CourseDetails.builder(slug, "Together").build());
            tx.catalog().addModule(course.id(), ModuleDetails.of("One"));
            return tx.learners().register(LearnerProfile.withEmail(slug + "@example.org", "Tess"));
        });

        Course course = store.catalog().findCourseBySlug(slug).orElseThrow();
        assertEquals(List.of("One"), store.catalog().modules(course.id()).stream().map(CourseModule::title).toList());
        assertEquals(Optional.of(learner), store.learners().find(learner.id()));
        assertEquals(List.of("editor-3"), store.audit().history("course", course.id()).stream().map(AuditEntry::actor).toList());
    }

    @Test
    void aHostFailureRollsBackEveryCallAndReachesTheHostUnchanged() {
        String slug = slug("undone");
        if (!kit().spansCallsInOneTransaction()) {
            assertRefused(slug);
            return;
        }
        var hostFailure = new IllegalStateException("the host's own insert failed");

        var thrown = assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
            Course course = tx.catalog().createCourse(CourseDetails.builder(slug, "Undone").build());
            tx.catalog().addModule(course.id(), ModuleDetails.of("Gone"));
            throw hostFailure;
        }));

        assertSame(hostFailure, thrown);
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(slug));
    }

    @Test
    void aStoreFailureInsideRollsBackTheCallsBeforeIt() {
        String slug = slug("first");
        String taken = slug("taken");
        if (!kit().spansCallsInOneTransaction()) {
            assertRefused(slug);
            return;
        }
        store.catalog().createCourse(CourseDetails.builder(taken, "Taken").build());

        var conflict = assertThrows(ConflictException.class, () -> store.inTransaction(tx -> {
            tx.catalog().createCourse(CourseDetails.builder(slug, "First").build());
            return tx.catalog().createCourse(CourseDetails.builder(taken, "Again").build());
        }));

        assertEquals("slug", conflict.field());
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(slug));
    }

    /** Where the backend cannot span calls, the work never runs and the refusal says why. */
    private void assertRefused(String slug) {
        var ran = new AtomicBoolean();
        var refused = assertThrows(StoreUnavailableException.class, () -> store.inTransaction(tx -> {
            ran.set(true);
            return tx.catalog().createCourse(CourseDetails.builder(slug, "Refused").build());
        }));
        assertEquals("inTransaction failed: " + NO_SPANNING, refused.getMessage());
        assertFalse(refused.retryable());
        assertFalse(ran.get());
        assertEquals(Optional.empty(), store.catalog().findCourseBySlug(slug));
    }
}
