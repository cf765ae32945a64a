package org.learningstore.sqlite.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.AssessmentKind;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.sqlite.SqliteStores;

/**
 * The catalog the fault suite's child processes write against: a published course of three lessons
 * whose first lesson has a quiz of two true/false questions, and a course of {@value #SEATS} seats.
 * Its ids travel to the children as program arguments.
 */
record FaultScenario(UUID course, List<UUID> lessons, UUID quiz, List<UUID> questions, UUID smallCourse) {
    static final int SEATS = 5;

    static FaultScenario createIn(Path file) {
        try (LearningStore store = SqliteStores.open(file)) {
            var catalog = store.catalog();
            Course course = catalog.createCourse(CourseDetails.builder("faults-" + UUID.randomUUID(), "Faults").build());
            UUID module = catalog.addModule(course.id(), ModuleDetails.of("Only")).id();
            List<UUID> lessons = List.of(
                    catalog.addLesson(module, LessonDetails.builder("One").build()).id(),
                    catalog.addLesson(module, LessonDetails.builder("Two").build()).id(),
                    catalog.addLesson(module, LessonDetails.builder("Three").build()).id());
            UUID quiz = store.assessments().createLessonAssessment(lessons.get(0),
                    AssessmentDetails.builder(AssessmentKind.QUIZ, "Check").passingScore(50).build()).id();
            List<UUID> questions = List.of(
                    store.assessments().addQuestion(quiz, QuestionDetails.trueFalse("Up?", true)).id(),
                    store.assessments().addQuestion(quiz, QuestionDetails.trueFalse("Down?", false)).id());
            catalog.publishCourse(course.id());
            Course small = catalog.createCourse(CourseDetails.builder("faults-small-" + UUID.randomUUID(), "Small")
                    .maxStudents(SEATS).build());
            catalog.addLesson(catalog.addModule(small.id(), ModuleDetails.of("Only")).id(), LessonDetails.builder("One").build());
            catalog.publishCourse(small.id());
            return new FaultScenario(course.id(), lessons, quiz, questions, small.id());
        }
    }

    List<String> args() {
        return List.of(course.toString(), lessons.get(0).toString(), lessons.get(1).toString(), lessons.get(2).toString(),
                quiz.toString(), questions.get(0).toString(), questions.get(1).toString(), smallCourse.toString());
    }

    static FaultScenario fromArgs(List<String> args) {
        return new FaultScenario(UUID.fromString(args.get(0)),
                List.of(UUID.fromString(args.get(1)), UUID.fromString(args.get(2)), UUID.fromString(args.get(3))),
                UUID.fromString(args.get(4)), List.of(UUID.fromString(args.get(5)), UUID.fromString(args.get(6))),
                UUID.fromString(args.get(7)));
    }

    static final Duration TIME_RECORDED = Duration.ofSeconds(30);
}
