package org.learningstore.core.imports;

import java.util.List;
import java.util.UUID;

/** The ids the store gave an imported course and its parts, in the order of the {@link CourseImport}. */
public record ImportedCourse(UUID id, List<Module> modules, List<Assessment> assessments) {

    public record Module(UUID id, List<Lesson> lessons) {
    }

    public record Lesson(UUID id, List<Assessment> assessments) {
    }

    public record Assessment(UUID id, List<UUID> questionIds) {
    }
}
