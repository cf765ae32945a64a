package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.port.StudySessions;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/**
 * The statements that move one learner's progress to another on a merge, on both transports:
 * which of two rows for the same course, lesson or skill stays, that the seat of a removed
 * enrollment comes free, and that no step breaks a key however the engine checks it.
 */
class ProgressReassignTest {
    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MICROS);

    static Stream<Arguments> transports() {
        return LearnerReassignTest.transports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void enrollmentsKeepTheMoreAdvancedOneAndGiveBackTheSeatOfTheOther(String transport, Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID to = store.learners().createAnonymous().id();
            UUID from = store.learners().createAnonymous().id();
            Course fromAhead = course(store, 2);
            Course tie = course(store, 2);
            Course onlyFrom = course(store, 2);
            Course fromDroppedAhead = course(store, 2);
            Course toDroppedAhead = course(store, 2);
            enroll(backend, to, fromAhead, EnrollmentStatus.ACTIVE, 25);
            UUID kept = enroll(backend, from, fromAhead, EnrollmentStatus.ACTIVE, 50);
            UUID keptOnTie = enroll(backend, to, tie, EnrollmentStatus.ACTIVE, 25);
            enroll(backend, from, tie, EnrollmentStatus.COMPLETED, 25);
            UUID moved = enroll(backend, from, onlyFrom, EnrollmentStatus.ACTIVE, 0);
            enroll(backend, to, fromDroppedAhead, EnrollmentStatus.ACTIVE, 0);
            enroll(backend, from, fromDroppedAhead, EnrollmentStatus.DROPPED, 75);
            enroll(backend, to, toDroppedAhead, EnrollmentStatus.DROPPED, 75);
            enroll(backend, from, toDroppedAhead, EnrollmentStatus.ACTIVE, 0);

            store.learners().merge(to, from);

            assertEquals(kept, enrollment(backend, to, fromAhead).id());
            assertEquals(50.0, enrollment(backend, to, fromAhead).progressPercent());
            assertEquals(keptOnTie, enrollment(backend, to, tie).id(), "a tie keeps the receiver's");
            assertEquals(moved, enrollment(backend, to, onlyFrom).id());
            assertEquals(EnrollmentStatus.DROPPED, enrollment(backend, to, fromDroppedAhead).status());
            assertEquals(EnrollmentStatus.DROPPED, enrollment(backend, to, toDroppedAhead).status());
            assertEquals(5, backend.transactions().read(() -> backend.enrollments().dashboard(to, PageRequest.ofSize(10))).totalElements());
            assertEquals(0, backend.transactions().read(() -> backend.enrollments().dashboard(from, PageRequest.ofSize(10))).totalElements());
            // two seats each, both held before; a removed enrollment that held one gave it back
            assertSeatsLeft(store, fromAhead, 1);
            assertSeatsLeft(store, tie, 1);
            assertSeatsLeft(store, onlyFrom, 1);
            assertSeatsLeft(store, fromDroppedAhead, 2);
            assertSeatsLeft(store, toDroppedAhead, 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void lessonProgressKeepsCompletedThenTheBestScoreThenMoreTime(String transport, Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID to = store.learners().createAnonymous().id();
            UUID from = store.learners().createAnonymous().id();
            List<Lesson> lessons = lessons(store, 6);
            progress(backend, to, lessons.get(0), LessonStatus.IN_PROGRESS, null, 600, "to");
            progress(backend, from, lessons.get(0), LessonStatus.COMPLETED, null, 1, "from");
            progress(backend, to, lessons.get(1), LessonStatus.COMPLETED, 90.0, 1, "to");
            progress(backend, from, lessons.get(1), LessonStatus.COMPLETED, 80.0, 600, "from");
            progress(backend, to, lessons.get(2), LessonStatus.IN_PROGRESS, null, 120, "to");
            progress(backend, from, lessons.get(2), LessonStatus.IN_PROGRESS, null, 300, "from");
            progress(backend, to, lessons.get(3), LessonStatus.IN_PROGRESS, 50.0, 60, "to");
            progress(backend, from, lessons.get(3), LessonStatus.IN_PROGRESS, 50.0, 60, "from");
            progress(backend, to, lessons.get(4), LessonStatus.IN_PROGRESS, null, 60, "to");
            progress(backend, from, lessons.get(5), LessonStatus.IN_PROGRESS, 10.0, 60, "from");

            store.learners().merge(to, from);

            assertEquals(List.of("from", "to", "from", "to", "to", "from"),
                    lessons.stream().map(lesson -> whose(backend, to, lesson)).toList());
            assertEquals(List.of(), backend.transactions().read(() -> backend.lessonProgress().findAll(from,
                    lessons.stream().map(Lesson::id).toList())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void masteryKeepsTheHigherScoreAndSessionsWithTheirAnswersMove(String transport, Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID to = store.learners().createAnonymous().id();
            UUID from = store.learners().createAnonymous().id();
            List<UUID> skills = Stream.generate(() -> store.catalog().createSkill(SkillDetails.of("Merge " + word()), null).id())
                    .limit(4).toList();
            save(backend, mastery(to, skills.get(0), 0.3, 1), mastery(from, skills.get(0), 0.5, 2),
                    mastery(to, skills.get(1), 0.6, 3), mastery(from, skills.get(1), 0.2, 4),
                    mastery(to, skills.get(2), 0.4, 5), mastery(from, skills.get(2), 0.4, 6),
                    mastery(from, skills.get(3), 0.9, 7));
            Assessment quiz = store.assessments().createCourseAssessment(course(store, null).id(),
                    AssessmentDetails.builder(AssessmentKind.PRACTICE, "Bank").build());
            Question question = store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("True?", true));
            StudySession session = store.progress().startStudySession(from, StudyScope.assessment(quiz.id()), StudyMode.PRACTICE, 1, 5);
            store.progress().answerPractice(session.id(), question.id(), new Response.Truth(false), null);

            store.learners().merge(to, from);

            List<SkillMastery> kept = backend.transactions().read(() -> backend.skillMasteries().find(to, skills));
            assertEquals(List.of(2, 3, 5, 7), skills.stream().map(skill -> kept.stream()
                    .filter(m -> m.skillId().equals(skill)).findFirst().orElseThrow().answers()).toList());
            assertEquals(List.of(), backend.transactions().read(() -> backend.skillMasteries().find(from, null)));
            assertEquals(to, backend.transactions().read(() -> backend.studySessions().find(session.id())).orElseThrow().learnerId());
            StudySession receivers = store.progress().startStudySession(to, StudyScope.assessment(quiz.id()), StudyMode.REVIEW, 1, 5);
            List<StudySessions.Candidate> candidates = backend.transactions().read(() -> backend.studySessions().candidates(receivers));
            assertEquals(1, candidates.size());
            assertEquals(Boolean.FALSE, candidates.get(0).lastCorrect(), "the merged learner's practice answer is the receiver's now");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void savingMasteryAtAStaleVersionChangesNothingAndAFullCourseIsARuleViolation(String transport,
                                                                                  Function<StoreOptions, StoreBackend> open) {
        StoreBackend backend = open.apply(StoreOptions.defaults());
        try (LearningStore store = LearningStore.of(backend, StoreOptions.defaults())) {
            UUID learner = store.learners().createAnonymous().id();
            UUID first = store.catalog().createSkill(SkillDetails.of("Stale " + word()), null).id();
            UUID second = store.catalog().createSkill(SkillDetails.of("Stale " + word()), null).id();
            save(backend, mastery(learner, first, 0.3, 1), mastery(learner, second, 0.3, 1));

            assertThrows(ConflictException.class, () -> backend.transactions().write(() -> {
                backend.skillMasteries().save(List.of(moved(learner, first, 2), moved(learner, second, 3)));
                return null;
            }));
            backend.transactions().write(() -> {
                backend.skillMasteries().save(List.of(moved(learner, first, 2), moved(learner, second, 2)));
                return null;
            });

            assertEquals(List.of(2L, 2L), backend.transactions().read(() -> backend.skillMasteries().find(learner, null))
                    .stream().map(SkillMastery::version).toList());
            Course full = course(store, 1);
            enroll(backend, learner, full, EnrollmentStatus.ACTIVE, 0);
            assertEquals("course.full", assertThrows(RuleViolationException.class, () -> backend.transactions().write(() -> {
                backend.enrollments().takeSeat(full.id());
                return null;
            })).rule());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String word() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    private static Course course(LearningStore store, Integer maxStudents) {
        Course course = store.catalog().createCourse(CourseDetails.builder("merge-zq" + word(), "Merge").maxStudents(maxStudents).build());
        CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
        store.catalog().addLesson(module.id(), LessonDetails.builder("Only").build());
        return store.catalog().publishCourse(course.id());
    }

    private static List<Lesson> lessons(LearningStore store, int count) {
        Course course = store.catalog().createCourse(CourseDetails.builder("merge-zq" + word(), "Merge").build());
        CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
        return Stream.generate(() -> store.catalog().addLesson(module.id(), LessonDetails.builder("L").build())).limit(count).toList();
    }

    /** An enrollment as the services would leave it, holding a seat unless dropped. */
    private static UUID enroll(StoreBackend backend, UUID learner, Course course, EnrollmentStatus status, double percent) {
        UUID id = UUID.randomUUID();
        backend.transactions().write(() -> {
            if (status != EnrollmentStatus.DROPPED) {
                backend.enrollments().takeSeat(course.id());
            }
            backend.enrollments().insert(new Enrollment(id, course.id(), learner, status, AT, null, percent, null, AT, 1));
            return null;
        });
        return id;
    }

    private static Enrollment enrollment(StoreBackend backend, UUID learner, Course course) {
        return backend.transactions().read(() -> backend.enrollments().find(learner, course.id())).orElseThrow();
    }

    /** Exactly {@code seats} new learners get in, and the next is refused. */
    private static void assertSeatsLeft(LearningStore store, Course course, int seats) {
        for (int i = 0; i < seats; i++) {
            store.progress().enroll(store.learners().createAnonymous().id(), course.id());
        }
        assertEquals("course.full", assertThrows(RuleViolationException.class,
                () -> store.progress().enroll(store.learners().createAnonymous().id(), course.id())).rule());
    }

    private static void progress(StoreBackend backend, UUID learner, Lesson lesson, LessonStatus status, Double best,
                                 long seconds, String whose) {
        backend.transactions().write(() -> {
            backend.lessonProgress().insert(new LessonProgress(learner, lesson.id(), status, AT,
                    status == LessonStatus.COMPLETED ? AT : null, Duration.ofSeconds(seconds), best, best == null ? 0 : 1,
                    "{\"whose\":\"" + whose + "\"}", List.of(), AT, 1));
            return null;
        });
    }

    private static String whose(StoreBackend backend, UUID learner, Lesson lesson) {
        Optional<LessonProgress> progress = backend.transactions().read(() -> backend.lessonProgress().find(learner, lesson.id()));
        return progress.orElseThrow().lastPosition().replaceAll(".*\"whose\":\"(\\w+)\".*", "$1");
    }

    private static SkillMastery mastery(UUID learner, UUID skill, double score, int answers) {
        return new SkillMastery(learner, skill, MasteryStatus.IN_PROGRESS, score, answers, 0, AT, 1);
    }

    private static SkillMastery moved(UUID learner, UUID skill, long version) {
        return new SkillMastery(learner, skill, MasteryStatus.IN_PROGRESS, 0.51, 2, 1, AT, version);
    }

    private static void save(StoreBackend backend, SkillMastery... masteries) {
        backend.transactions().write(() -> {
            backend.skillMasteries().save(List.of(masteries));
            return null;
        });
    }
}
