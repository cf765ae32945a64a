package org.learningstore.jpa.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.ImportCatalogReads;
import org.learningstore.core.port.LessonProgressRecords;

/**
 * The catalog an import refers to, through the catalog ports' own reads: a few statements per
 * course, assessment and lesson (a round trip each costs little next to a server's tick, and an
 * import reads each row once).
 */
public final class JpaImportCatalogReads implements ImportCatalogReads {
    /** Nobody: what the catalog reads ask about a learner, asked about no learner. */
    private static final UUID NO_LEARNER = new UUID(0, 0);

    private final Courses courses;
    private final Enrollments enrollments;
    private final AssessmentDefinitions definitions;
    private final LessonProgressRecords lessonProgress;

    public JpaImportCatalogReads(Courses courses, Enrollments enrollments, AssessmentDefinitions definitions,
                                 LessonProgressRecords lessonProgress) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.definitions = definitions;
        this.lessonProgress = lessonProgress;
    }

    @Override
    public Rows read(Set<UUID> courseIds, Set<UUID> assessmentIds, Set<UUID> lessonIds) {
        List<Course> found = new ArrayList<>();
        Map<UUID, UUID> firstLessons = new LinkedHashMap<>();
        for (UUID id : courseIds) {
            courses.find(id).ifPresent(course -> {
                found.add(course);
                enrollments.enrollContext(NO_LEARNER, id).firstLesson().ifPresent(first -> firstLessons.put(id, first));
            });
        }
        List<Assessment> assessments = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<UUID> lessons = new ArrayList<>(lessonIds);
        for (UUID id : assessmentIds) {
            definitions.find(id).ifPresent(assessment -> {
                assessments.add(assessment);
                questions.addAll(definitions.questions(id));
                Optional.ofNullable(assessment.lessonId()).ifPresent(lessons::add);
            });
        }
        Map<UUID, UUID> lessonCourses = new LinkedHashMap<>();
        Map<UUID, List<UUID>> published = new LinkedHashMap<>();
        for (UUID id : lessons) {
            lessonProgress.context(NO_LEARNER, id).ifPresent(context -> {
                lessonCourses.put(id, context.courseId());
                published.put(context.courseId(), context.publishedLessons());
            });
        }
        return new Rows(found, firstLessons, assessments, questions, lessonCourses, published);
    }
}
