package org.learningstore.core.catalog;

import java.util.List;

/** A course with its modules and lessons in order, and the skills each lesson teaches. */
public record CourseOutline(Course course, List<ModuleOutline> modules) {
    public CourseOutline {
        modules = List.copyOf(modules);
    }

    public record ModuleOutline(CourseModule module, List<LessonOutline> lessons) {
        public ModuleOutline {
            lessons = List.copyOf(lessons);
        }
    }

    public record LessonOutline(Lesson lesson, List<Skill> skills) {
        public LessonOutline {
            skills = List.copyOf(skills);
        }
    }
}
