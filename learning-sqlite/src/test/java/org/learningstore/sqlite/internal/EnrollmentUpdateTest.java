package org.learningstore.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.learningstore.core.assessment.GivenAnswer;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.contract.CountingStatements;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;

/**
 * The enrollment update of a submit names the indexed columns (status, current lesson) only when
 * they move, on both transports, so that SQLite leaves their index entries alone; the row ends as
 * the rules left it either way.
 */
class EnrollmentUpdateTest {
    private static final String TOUCH = "UPDATE enrollments SET completed_at = ?, progress_percent = ?, last_accessed_at = ?, "
            + "version = ? WHERE id = ? AND version = ?";

    static Stream<Arguments> transports() {
        return ProgressPortsTest.transports();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aSubmitWritesTheStatusAndCurrentLessonOnlyWhenTheyMove(String transport, Function<StoreOptions, StoreBackend> open) {
        CountingStatements counting = new CountingStatements();
        StoreOptions options = StoreOptions.defaults().withStatementListener(counting);
        try (LearningStore store = LearningStore.of(open.apply(options), options)) {
            Course course = store.catalog().createCourse(CourseDetails.builder("enrollment-update-" + UUID.randomUUID(), "Update").build());
            CourseModule module = store.catalog().addModule(course.id(), ModuleDetails.of("Only"));
            Lesson first = store.catalog().addLesson(module.id(), LessonDetails.builder("First").build());
            Lesson second = store.catalog().addLesson(module.id(), LessonDetails.builder("Second").build());
            store.catalog().publishCourse(course.id());
            Assessment firstQuiz = quiz(store, first);
            Assessment secondQuiz = quiz(store, second);
            UUID learner = store.learners().createAnonymous().id();
            store.progress().enroll(learner, course.id());

            assertEquals(List.of(TOUCH), enrollmentUpdates(counting, store, firstQuiz, learner, false));
            assertEnrollment(store, learner, course, EnrollmentStatus.ACTIVE, first.id(), 0);

            assertEquals(List.of(TOUCH.replace(" WHERE", ", current_lesson_id = ? WHERE")),
                    enrollmentUpdates(counting, store, firstQuiz, learner, true));
            assertEnrollment(store, learner, course, EnrollmentStatus.ACTIVE, second.id(), 50);

            assertEquals(List.of(TOUCH.replace(" WHERE", ", status = ?, current_lesson_id = ? WHERE")),
                    enrollmentUpdates(counting, store, secondQuiz, learner, true));
            assertEnrollment(store, learner, course, EnrollmentStatus.COMPLETED, null, 100);
        }
    }

    private static Assessment quiz(LearningStore store, Lesson lesson) {
        Assessment quiz = store.assessments().createLessonAssessment(lesson.id(),
                AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz " + lesson.details().title()).build());
        store.assessments().addQuestion(quiz.id(), QuestionDetails.trueFalse("True?", true));
        return quiz;
    }

    /** The enrollment updates a submit of the quiz's one question sent, right or wrong. */
    private static List<String> enrollmentUpdates(CountingStatements counting, LearningStore store, Assessment quiz, UUID learner,
                                                  boolean right) {
        UUID question = store.assessments().questions(quiz.id()).get(0).id();
        return counting.count(() -> store.assessments().submitWithAnswers(quiz.id(), learner,
                        List.of(GivenAnswer.of(question, new Response.Truth(right)))))
                .statements().stream().filter(sql -> sql.startsWith("UPDATE enrollments")).toList();
    }

    private static void assertEnrollment(LearningStore store, UUID learner, Course course, EnrollmentStatus status, UUID currentLesson,
                                         double percent) {
        Enrollment enrollment = store.progress().enrollment(learner, course.id()).orElseThrow();
        assertEquals(List.of(status, percent), List.of(enrollment.status(), enrollment.progressPercent()));
        assertEquals(currentLesson, enrollment.currentLessonId());
    }
}
