package org.learningstore.core.port;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.catalog.Course;

/** The catalog rows a bulk import refers to, read together: one round trip on Turso. */
public interface ImportCatalogReads {
    /**
     * @param firstLessons     by course asked for, its first published lesson (a course with none is left out)
     * @param questions        the assessments' questions, by assessment and position
     * @param lessonCourses    each lesson's course, for the lessons asked for and the assessments' lessons
     * @param publishedLessons by course of those lessons, its published lessons in outline order
     */
    record Rows(List<Course> courses, Map<UUID, UUID> firstLessons, List<Assessment> assessments, List<Question> questions,
                Map<UUID, UUID> lessonCourses, Map<UUID, List<UUID>> publishedLessons) {
    }

    /** Unknown ids are left out; deleted courses are not. */
    Rows read(Set<UUID> courseIds, Set<UUID> assessmentIds, Set<UUID> lessonIds);
}
