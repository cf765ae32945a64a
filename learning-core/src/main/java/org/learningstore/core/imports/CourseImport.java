package org.learningstore.core.imports;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.assessment.AssessmentDetails;
import org.learningstore.core.assessment.QuestionDetails;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.ModuleDetails;

/**
 * A course new to the store with everything in it, imported as the authoring calls would have
 * made it: {@code createCourse}, {@code addModule} and {@code addLesson} in list order (so
 * positions are 1..n in list order), {@code linkSkill} for each skill, the assessments with
 * {@code createLessonAssessment} or {@code createCourseAssessment} and their questions with
 * {@code addQuestion}, then {@code publishCourse} or {@code archiveCourse} for that status.
 *
 * @param assessments the course-level assessments
 */
public record CourseImport(CourseDetails details, CourseStatus status, List<Module> modules, List<Assessment> assessments) {

    /** A module and its lessons, in order. */
    public record Module(ModuleDetails details, List<Lesson> lessons) {
    }

    /**
     * A lesson, the skills it teaches (each must exist) and its lesson-level assessments.
     */
    public record Lesson(LessonDetails details, List<UUID> skillIds, List<Assessment> assessments) {
    }

    /** An assessment and its questions, in order (a question's skill, if named, must exist). */
    public record Assessment(AssessmentDetails details, List<QuestionDetails> questions) {
    }
}
