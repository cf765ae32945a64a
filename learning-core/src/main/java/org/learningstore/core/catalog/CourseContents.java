package org.learningstore.core.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A course's table of contents: what a course page's sidebar shows, its modules in order and each
 * module's lessons in order, without the lessons' bodies, skills or assessments ({@link CourseOutline}
 * has those). Unpublished modules and lessons are listed, marked, as the outline lists them.
 */
public record CourseContents(UUID id, String slug, String title, CourseStatus status, List<ModuleEntry> modules) {
    public CourseContents {
        modules = List.copyOf(modules);
    }

    public record ModuleEntry(UUID id, String title, int position, boolean published, List<LessonEntry> lessons) {
        public ModuleEntry {
            lessons = List.copyOf(lessons);
        }
    }

    public record LessonEntry(UUID id, String title, int position, LessonKind kind, int estimatedMinutes, boolean published) {
    }
}
