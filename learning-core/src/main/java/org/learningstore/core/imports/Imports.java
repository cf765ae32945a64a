package org.learningstore.core.imports;

import java.util.List;

/**
 * Moves a platform's existing history into the store in large batches: each batch of learners is
 * one transaction, and leaves exactly the rows the per-call API would leave had each event of each
 * history been made as its call, in order, at the event's time (attempt numbers, scores, question
 * statistics, lesson progress, enrollment percent and current lesson, mastery, XP, achievements,
 * learning events). The catalog the histories refer to must exist already.
 */
public interface Imports {

    /**
     * Imports the histories, {@link ImportOptions#batchSize()} learners a batch, reading them from
     * {@code histories} one batch at a time. A bad row is an
     * {@link org.learningstore.core.error.InvalidInputException} whose field names it from the first
     * history on (for example {@code histories[17].events[2].answers[3].response}); nothing of its
     * batch is written, the batches before it stay committed and were reported to the listener.
     */
    ImportReport importHistories(Iterable<LearnerHistory> histories, ImportOptions options);

    default ImportReport importHistories(Iterable<LearnerHistory> histories) {
        return importHistories(histories, ImportOptions.defaults());
    }

    /**
     * Imports the courses, {@link CourseImportOptions#batchSize()} courses a batch (one transaction
     * each), leaving the rows, positions and audit entries the authoring calls would leave (see
     * {@link CourseImport}), the rows stamped with the batch's time. The ids are the store's; they are
     * returned in input order, and each batch's are given to the listener. A bad row is an
     * {@link org.learningstore.core.error.InvalidInputException} whose field names it from the first
     * course on (for example {@code courses[2].modules[0].lessons[3].details.content}), a slug taken
     * by a stored course or an earlier row a {@link org.learningstore.core.error.ConflictException}
     * on {@code courses[i].details.slug}; nothing of its batch is written, the batches before it
     * stay committed and were reported to the listener.
     */
    List<ImportedCourse> importCourses(Iterable<CourseImport> courses, CourseImportOptions options);

    default List<ImportedCourse> importCourses(Iterable<CourseImport> courses) {
        return importCourses(courses, CourseImportOptions.defaults());
    }
}
