package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.AchievementDefinitions;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.LessonProgressRecords;

/**
 * The part of the catalog one import refers to, read once per import (before the batch that
 * first needs it) and then held: courses with their first lesson, assessments with their
 * questions, lessons with their course's published lessons, the active achievement definitions.
 */
final class ImportCatalog {
    /** Nobody: what the catalog reads ask about a learner, asked about no learner. */
    private static final UUID NO_LEARNER = new UUID(0, 0);

    record CourseEntry(Course course, Optional<UUID> firstLesson) {
    }

    record AssessmentEntry(Assessment assessment, List<Question> questions) {
    }

    record LessonEntry(UUID courseId, List<UUID> publishedLessons) {
    }

    private final Courses courses;
    private final Enrollments enrollments;
    private final AssessmentDefinitions definitions;
    private final LessonProgressRecords lessonProgress;
    private final AchievementDefinitions achievements;
    private final Map<UUID, Optional<CourseEntry>> courseEntries = new HashMap<>();
    private final Map<UUID, Optional<AssessmentEntry>> assessmentEntries = new HashMap<>();
    private final Map<UUID, Optional<LessonEntry>> lessonEntries = new HashMap<>();
    private final Map<UUID, List<UUID>> publishedByCourse = new HashMap<>();
    private List<Achievement> active;

    ImportCatalog(Courses courses, Enrollments enrollments, AssessmentDefinitions definitions,
                  LessonProgressRecords lessonProgress, AchievementDefinitions achievements) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.definitions = definitions;
        this.lessonProgress = lessonProgress;
        this.achievements = achievements;
    }

    /** Reads what is not held yet; call inside a read unit. */
    void load(Set<UUID> courseIds, Set<UUID> assessmentIds, Set<UUID> lessonIds) {
        if (active == null) {
            active = readActive();
        }
        for (UUID id : courseIds) {
            courseEntries.computeIfAbsent(id, c -> courses.find(c).filter(course -> !course.deleted())
                    .map(course -> new CourseEntry(course, enrollments.enrollContext(NO_LEARNER, c).firstLesson())));
        }
        for (UUID id : assessmentIds) {
            Optional<AssessmentEntry> entry = assessmentEntries.computeIfAbsent(id, a -> definitions.find(a)
                    .map(assessment -> new AssessmentEntry(assessment, definitions.questions(a))));
            entry.map(e -> e.assessment().lessonId()).ifPresent(this::loadLesson);
        }
        lessonIds.forEach(this::loadLesson);
    }

    private void loadLesson(UUID lessonId) {
        lessonEntries.computeIfAbsent(lessonId, l -> lessonProgress.context(NO_LEARNER, l).map(context ->
                new LessonEntry(context.courseId(), publishedByCourse.computeIfAbsent(context.courseId(),
                        c -> List.copyOf(context.publishedLessons())))));
    }

    private List<Achievement> readActive() {
        List<Achievement> found = new ArrayList<>();
        Page<Achievement> page = achievements.list(PageRequest.ofSize(PageRequest.MAX_SIZE));
        while (true) {
            page.content().stream().filter(Achievement::active).forEach(found::add);
            if (page.pageRequest().page() * page.pageRequest().size() >= page.totalElements()) {
                return List.copyOf(found);
            }
            page = achievements.list(page.pageRequest().next());
        }
    }

    Optional<CourseEntry> course(UUID id) {
        return courseEntries.getOrDefault(id, Optional.empty());
    }

    Optional<AssessmentEntry> assessment(UUID id) {
        return assessmentEntries.getOrDefault(id, Optional.empty());
    }

    Optional<LessonEntry> lesson(UUID id) {
        return lessonEntries.getOrDefault(id, Optional.empty());
    }

    List<Achievement> activeAchievements() {
        return active;
    }
}
