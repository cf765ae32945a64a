package org.learningstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.assessment.QuestionOption;
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

    @Test
    void assessmentsAndQuestionsStepOnceOnAnEditThatChangesNothing() {
        var database = PostgresTestDatabases.freshDatabase();
        var frozen = new StoreOptions(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), StatementListener.NONE);
        try (LearningStore store = PostgresStores.open(database.jdbcUrl(), database.user(), database.password(), frozen)) {
            Course course = store.catalog().createCourse(CourseDetails.builder("assessed", "Assessed").build());
            var assessments = store.assessments();
            Assessment quiz = assessments.createCourseAssessment(course.id(),
                    AssessmentDetails.builder(AssessmentKind.QUIZ, "Quiz").timeLimit(Duration.ofMinutes(3)).build());
            Question question = assessments.addQuestion(quiz.id(), QuestionDetails.multipleChoice("Which?",
                    List.of(QuestionOption.of("a", "A"), QuestionOption.of("b", "B"), QuestionOption.of("c", "C")), "a", "c"));

            assertEquals(2, assessments.updateAssessment(quiz.id(), 1, quiz.details()).version());
            assertEquals(2, assessments.findAssessment(quiz.id()).orElseThrow().version());
            assertEquals(2, assessments.updateQuestion(question.id(), 1, question.details()).version());
            assertEquals(2, assessments.questions(quiz.id()).get(0).version());
            assertEquals(3, assessments.updateQuestion(question.id(), 2, question.details().withPoints(5)).version());
            assertEquals(3, assessments.questions(quiz.id()).get(0).version());
        }
    }
}
