package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.sqlite.TursoTestServer;

/**
 * Guarded progress writes below the service, on both transports: a mastery save at a stale
 * version changes nothing, and a seat guard that finds the course full fails the unit with what
 * the caller gave (on Turso when the batch is sent).
 */
class ProgressPortsTest {
    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MICROS);

    static Stream<Arguments> transports() {
        Function<StoreOptions, StoreBackend> file = options -> {
            try {
                return SqliteBackends.file(Files.createTempDirectory("ports-").resolve("store.db"), options);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        Function<StoreOptions, StoreBackend> turso = options -> {
            TursoTestServer server = TursoTestServer.shared();
            return SqliteBackends.turso(server.url(), server.token(), options);
        };
        return Stream.of(Arguments.of("file", file), Arguments.of("turso", turso));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void savingMasteryAtAStaleVersionChangesNothingAndAFullCourseFailsWithTheCallersError(String transport,
                                                                                         Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID learner = store.learners().createAnonymous().id();
            UUID first = store.catalog().createSkill(SkillDetails.of("Stale " + word()), null).id();
            UUID second = store.catalog().createSkill(SkillDetails.of("Stale " + word()), null).id();
            backend.transactions().write(() -> {
                backend.skillMasteries().save(List.of(mastery(learner, first, 1), mastery(learner, second, 1)));
                return null;
            });

            assertThrows(ConflictException.class, () -> backend.transactions().write(() -> {
                backend.skillMasteries().save(List.of(mastery(learner, first, 2), mastery(learner, second, 3)));
                return null;
            }));
            backend.transactions().write(() -> {
                backend.skillMasteries().save(List.of(mastery(learner, first, 2), mastery(learner, second, 2)));
                return null;
            });

            assertEquals(List.of(2L, 2L), backend.transactions().read(() -> backend.skillMasteries().find(learner, null))
                    .stream().map(SkillMastery::version).toList());
            Course full = course(store, 1);
            store.progress().enroll(learner, full.id());
            var noSeat = new IllegalStateException("no seat");
            assertSame(noSeat, assertThrows(IllegalStateException.class, () -> backend.transactions().write(() -> {
                backend.enrollments().takeSeat(full.id(), () -> noSeat);
                return null;
            })));
        }
    }

    private static String word() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    private static Course course(LearningStore store, Integer maxStudents) {
        Course course = store.catalog().createCourse(CourseDetails.builder("ports-zq" + word(), "Ports").maxStudents(maxStudents).build());
        CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
        store.catalog().addLesson(module.id(), LessonDetails.builder("Only").build());
        return store.catalog().publishCourse(course.id());
    }

    private static SkillMastery mastery(UUID learner, UUID skill, long version) {
        return new SkillMastery(learner, skill, MasteryStatus.IN_PROGRESS, 0.51, 2, 1, AT, version);
    }
}
