package org.learningstore.core.catalog;

import java.util.List;

/**
 * A course with its modules and lessons in order, the skills each lesson teaches, and each
 * lesson's assessments, oldest first.
 */
public record CourseOutline(Course course, List<ModuleOutline> modules) {
    public CourseOutline {
        modules = List.copyOf(modules);
    }

    public record ModuleOutline(CourseModule module, List<LessonOutline> lessons) {
        public ModuleOutline {
            lessons = List.copyOf(lessons);
        }
    }

    public record LessonOutline(Lesson lesson, List<Skill> skills, List<LessonAssessment> assessments) {
        public LessonOutline {
            skills = List.copyOf(skills);
            assessments = List.copyOf(assessments);
        }
    }
}
