package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;
import org.learningstore.core.contract.CountingStatements;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.SkillMastery;

/**
 * What {@link Attempts#gradingContext} reads with the attempt, on both transports: the learner's
 * progress on the assessment's lesson, enrollment, the course's published lessons in order and which
 * of them are completed, and the stored mastery of the assessment's skills only; in one round trip
 * on Turso.
 */
class GradingContextTest {

    static Stream<Arguments> transports() {
        return ProgressPortsTest.transports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void readsTheLearnersProgressOnTheAssessmentsLessonAndCourseInOneRoundTrip(String transport,
                                                                              Function<StoreOptions, StoreBackend> open) {
        CountingStatements counting = new CountingStatements();
        StoreOptions options = StoreOptions.defaults().withStatementListener(counting);
        StoreBackend backend = open.apply(options);
        try (LearningStore store = LearningStore.of(backend, options)) {
            Course course = store.catalog().createCourse(CourseDetails.builder("grading-" + UUID.randomUUID(), "Grading").build());
            CourseModule first = store.catalog().addModule(course.id(), ModuleDetails.of("First"));
            CourseModule second = store.catalog().addModule(course.id(), ModuleDetails.of("Second"));
            Lesson a = store.catalog().addLesson(first.id(), LessonDetails.builder("A").build());
            store.catalog().addLesson(first.id(), LessonDetails.builder("Draft").published(false).build());
            Lesson b = store.catalog().addLesson(first.id(), LessonDetails.builder("B").build());
            Lesson c = store.catalog().addLesson(second.id(), LessonDetails.builder("C").build());
            store.catalog().publishCourse(course.id());
            Skill onQuiz = skill(store);
            Skill alsoOnQuiz = skill(store);
            Skill elsewhere = skill(store);
            UUID learner = store.learners().createAnonymous().id();
            store.progress().enroll(learner, course.id());
            store.progress().completeLesson(learner, b.id());
            store.progress().startLesson(learner, c.id());
            store.progress().startLesson(learner, a.id());
            Assessment warmUp = store.assessments().createCourseAssessment(course.id(),
                    AssessmentDetails.builder(AssessmentKind.PRACTICE, "Warm-up").build());
            take(store, warmUp, learner, List.of(
                    store.assessments().addQuestion(warmUp.id(), QuestionDetails.trueFalse("1?", true).withSkill(onQuiz.id())),
                    store.assessments().addQuestion(warmUp.id(), QuestionDetails.trueFalse("2?", true).withSkill(elsewhere.id()))));
            Assessment quiz = store.assessments().createLessonAssessment(a.id(), AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz").build());
            store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("3?", true).withSkill(onQuiz.id()));
            store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("4?", true).withSkill(alsoOnQuiz.id()));
            store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("5?", true));
            Attempt attempt = store.assessments().startAttempt(quiz.id(), learner);

            var read = counting.count(() -> backend.transactions().read(() -> backend.attempts().gradingContext(attempt.id())));

            Attempts.GradingContext grading = read.result().orElseThrow();
            assertEquals(backend.attempts().context(attempt.id()).orElseThrow(), grading.attempt());
            Attempts.ProgressContext progress = grading.progress();
            assertTrue(progress.learnerKnown());
            assertEquals(a.id(), progress.lessonProgress().orElseThrow().lessonId());
            assertEquals(LessonStatus.IN_PROGRESS, progress.lessonProgress().orElseThrow().status());
            assertEquals(course.id(), progress.enrollment().orElseThrow().courseId());
            assertEquals(learner, progress.enrollment().orElseThrow().learnerId());
            assertEquals(List.of(a.id(), b.id(), c.id()), progress.publishedLessons());
            assertEquals(List.of(b.id()), progress.completedLessons());
            assertEquals(List.of(onQuiz.id()), progress.masteries().stream().map(SkillMastery::skillId).toList());
            assertEquals(learner, progress.masteries().get(0).learnerId());
            assertEquals(4, read.statements().stream().filter(sql -> sql.startsWith("SELECT")).count(), read.statements().toString());
            if (transport.equals("turso")) {
                assertEquals(1, read.roundTrips());
            }

            Attempt onCourse = store.assessments().startAttempt(warmUp.id(), learner);
            Attempts.ProgressContext courseLevel = backend.attempts().gradingContext(onCourse.id()).orElseThrow().progress();
            assertTrue(courseLevel.lessonProgress().isEmpty(), "a course assessment has no lesson");
            assertEquals(List.of(b.id()), courseLevel.completedLessons());
            assertEquals(List.of(onQuiz.id(), elsewhere.id()).stream().sorted().toList(),
                    courseLevel.masteries().stream().map(SkillMastery::skillId).toList());

            UUID merged = store.learners().createAnonymous().id();
            store.learners().merge(store.learners().createAnonymous().id(), merged);
            for (UUID gone : List.of(merged, UUID.randomUUID())) {
                Attempts.ProgressContext unknown = backend.attempts()
                        .gradingContext(store.assessments().startAttempt(quiz.id(), gone).id()).orElseThrow().progress();
                assertFalse(unknown.learnerKnown());
                assertTrue(unknown.lessonProgress().isEmpty() && unknown.enrollment().isEmpty() && unknown.masteries().isEmpty());
                assertEquals(List.of(a.id(), b.id(), c.id()), unknown.publishedLessons());
                assertEquals(List.of(), unknown.completedLessons());
            }
            assertTrue(backend.attempts().gradingContext(UUID.randomUUID()).isEmpty());
        }
    }

    private static Skill skill(LearningStore store) {
        return store.catalog().createSkill(SkillDetails.of("Grading " + UUID.randomUUID()), null);
    }

    private static void take(LearningStore store, Assessment assessment, UUID learner, List<Question> questions) {
        Attempt attempt = store.assessments().startAttempt(assessment.id(), learner);
        questions.forEach(q -> store.assessments().answer(attempt.id(), q.id(), new Response.Truth(true), Duration.ofSeconds(1)));
        store.assessments().submitAttempt(attempt.id());
    }
}
