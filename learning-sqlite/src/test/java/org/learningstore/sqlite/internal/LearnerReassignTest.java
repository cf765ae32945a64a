package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.sqlite.TursoTestServer;

/**
 * The statements that move one learner's attempts and overrides to another, on both transports:
 * several attempts at several assessments, numbered on after the receiver's without gap or
 * duplicate, where a row-by-row evaluation of the offset or a unique key checked row by row
 * would show.
 */
class LearnerReassignTest {

    static Stream<Arguments> transports() {
        Function<StoreOptions, StoreBackend> file = options -> {
            try {
                return SqliteBackends.file(Files.createTempDirectory("reassign-").resolve("store.db"), options);
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
    void attemptsMoveNumberedAfterTheReceiversAndAClashingAttemptInProgressIsAbandoned(
            String transport, Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID to = UUID.randomUUID();
            UUID from = UUID.randomUUID();
            Assessment both = quiz(store);
            Assessment onlyFrom = quiz(store);
            Assessment onlyTo = quiz(store);
            List<UUID> toOnBoth = List.of(submitted(store, both, to), submitted(store, both, to),
                    store.assessments().startAttempt(both.id(), to).id());
            List<UUID> fromOnBoth = List.of(submitted(store, both, from), submitted(store, both, from),
                    submitted(store, both, from), store.assessments().startAttempt(both.id(), from).id());
            List<UUID> fromOnOnlyFrom = List.of(submitted(store, onlyFrom, from),
                    store.assessments().startAttempt(onlyFrom.id(), from).id());
            UUID toOnOnlyTo = submitted(store, onlyTo, to);
            Attempt clashing = store.assessments().attempts(both.id(), from).get(3);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

            backend.transactions().write(() -> {
                backend.attempts().reassign(from, to, now);
                return null;
            });

            List<Attempt> onBoth = store.assessments().attempts(both.id(), to);
            assertEquals(concat(toOnBoth, fromOnBoth), onBoth.stream().map(Attempt::id).toList());
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), onBoth.stream().map(Attempt::number).toList());
            assertEquals(List.of(AttemptStatus.SUBMITTED, AttemptStatus.SUBMITTED, AttemptStatus.IN_PROGRESS,
                    AttemptStatus.SUBMITTED, AttemptStatus.SUBMITTED, AttemptStatus.SUBMITTED, AttemptStatus.ABANDONED),
                    onBoth.stream().map(Attempt::status).toList());
            Attempt abandoned = onBoth.get(6);
            assertEquals(now, abandoned.submittedAt());
            assertEquals(clashing.version() + 1, abandoned.version());

            List<Attempt> onOnlyFrom = store.assessments().attempts(onlyFrom.id(), to);
            assertEquals(fromOnOnlyFrom, onOnlyFrom.stream().map(Attempt::id).toList());
            assertEquals(List.of(1, 2), onOnlyFrom.stream().map(Attempt::number).toList());
            assertEquals(AttemptStatus.IN_PROGRESS, onOnlyFrom.get(1).status(), "nothing clashed there");
            assertEquals(List.of(toOnOnlyTo), store.assessments().attempts(onlyTo.id(), to).stream().map(Attempt::id).toList());
            for (Assessment assessment : List.of(both, onlyFrom, onlyTo)) {
                assertEquals(List.of(), store.assessments().attempts(assessment.id(), from));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void overridesMoveWhereTheReceiverHasNoneAndAreDroppedWhereItHasOne(
            String transport, Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID to = UUID.randomUUID();
            UUID from = UUID.randomUUID();
            Assessment both = quiz(store);
            Assessment onlyFrom = quiz(store);
            store.assessments().grantOverride(both.id(), to, 1, Duration.ZERO);
            store.assessments().grantOverride(both.id(), from, 5, Duration.ofMinutes(5));
            store.assessments().grantOverride(onlyFrom.id(), from, 2, Duration.ofMinutes(2));

            backend.transactions().write(() -> {
                backend.assessmentDefinitions().reassignOverrides(from, to);
                return null;
            });

            assertEquals(Optional.of(new AttemptOverride(both.id(), to, 1, Duration.ZERO)), override(backend, both, to));
            assertEquals(Optional.of(new AttemptOverride(onlyFrom.id(), to, 2, Duration.ofMinutes(2))),
                    override(backend, onlyFrom, to));
            assertTrue(override(backend, both, from).isEmpty());
            assertTrue(override(backend, onlyFrom, from).isEmpty());
        }
    }

    private static Optional<AttemptOverride> override(StoreBackend backend, Assessment assessment, UUID learnerId) {
        return backend.transactions().read(() -> backend.assessmentDefinitions().findOverride(assessment.id(), learnerId));
    }

    private static Assessment quiz(LearningStore store) {
        String slug = "reassign-zq" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        var course = store.catalog().createCourse(CourseDetails.builder(slug, "Reassign").build());
        Assessment quiz = store.assessments().createCourseAssessment(course.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz").build());
        store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("True?", true));
        return quiz;
    }

    private static UUID submitted(LearningStore store, Assessment quiz, UUID learnerId) {
        return store.assessments().submitAttempt(store.assessments().startAttempt(quiz.id(), learnerId).id()).id();
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
