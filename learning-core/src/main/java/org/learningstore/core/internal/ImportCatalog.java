package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.learningstore.core.port.ImportCatalogReads;

/**
 * The part of the catalog one import refers to, read once per import (before the batch that
 * first needs it, the rows no earlier batch read, in one {@link ImportCatalogReads#read}) and then
 * held: courses with their first lesson, assessments with their questions, lessons with their
 * course's published lessons, the active achievement definitions.
 */
final class ImportCatalog {
    record CourseEntry(Course course, Optional<UUID> firstLesson) {
    }

    record AssessmentEntry(Assessment assessment, List<Question> questions) {
    }

    record LessonEntry(UUID courseId, List<UUID> publishedLessons) {
    }

    private final ImportCatalogReads reads;
    private final AchievementDefinitions achievements;
    private final Map<UUID, Optional<CourseEntry>> courseEntries = new HashMap<>();
    private final Map<UUID, Optional<AssessmentEntry>> assessmentEntries = new HashMap<>();
    private final Map<UUID, Optional<LessonEntry>> lessonEntries = new HashMap<>();
    private List<Achievement> active;

    ImportCatalog(ImportCatalogReads reads, AchievementDefinitions achievements) {
        this.reads = reads;
        this.achievements = achievements;
    }

    /** Reads what is not held yet; call inside a read unit. */
    void load(Set<UUID> courseIds, Set<UUID> assessmentIds, Set<UUID> lessonIds) {
        if (active == null) {
            active = readActive();
        }
        Set<UUID> courses = missing(courseIds, courseEntries);
        Set<UUID> assessments = missing(assessmentIds, assessmentEntries);
        Set<UUID> lessons = missing(lessonIds, lessonEntries);
        if (courses.isEmpty() && assessments.isEmpty() && lessons.isEmpty()) {
            return;
        }
        ImportCatalogReads.Rows rows = reads.read(courses, assessments, lessons);
        Map<UUID, List<UUID>> published = new HashMap<>();
        rows.publishedLessons().forEach((course, ofCourse) -> published.put(course, List.copyOf(ofCourse)));
        courses.forEach(id -> courseEntries.put(id, Optional.empty()));
        rows.courses().stream().filter(course -> !course.deleted()).forEach(course -> courseEntries.put(course.id(),
                Optional.of(new CourseEntry(course, Optional.ofNullable(rows.firstLessons().get(course.id()))))));
        Map<UUID, List<Question>> questions = new HashMap<>();
        rows.questions().forEach(q -> questions.computeIfAbsent(q.assessmentId(), a -> new ArrayList<>()).add(q));
        assessments.forEach(id -> assessmentEntries.put(id, Optional.empty()));
        rows.assessments().forEach(assessment -> assessmentEntries.put(assessment.id(), Optional.of(
                new AssessmentEntry(assessment, List.copyOf(questions.getOrDefault(assessment.id(), List.of()))))));
        lessons.forEach(id -> lessonEntries.put(id, Optional.empty()));
        rows.lessonCourses().forEach((lesson, course) -> lessonEntries.put(lesson,
                Optional.of(new LessonEntry(course, published.getOrDefault(course, List.of())))));
    }

    private static Set<UUID> missing(Set<UUID> ids, Map<UUID, ?> held) {
        Set<UUID> missing = new HashSet<>(ids);
        missing.removeAll(held.keySet());
        return missing;
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
