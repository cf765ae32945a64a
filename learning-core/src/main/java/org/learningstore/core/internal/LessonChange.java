package org.learningstore.core.internal;

import java.util.Optional;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;

/**
 * What one change to a learner's lesson writes: the progress row as it now is, how it is
 * written, and the enrollment moved with it (with the row as read, which guards its update). A
 * written row's version is one above the version it was read at.
 */
record LessonChange(LessonProgress progress, Write write, Optional<EnrollmentMove> enrollmentMove) {

    enum Write { NONE, INSERT, UPDATE }

    /** The enrollment as read and as the change leaves it. */
    record EnrollmentMove(Enrollment asRead, Enrollment moved) {
    }

    /** The enrollment as the change leaves it, when the change moves one. */
    Optional<Enrollment> enrollment() {
        return enrollmentMove.map(EnrollmentMove::moved);
    }

    static LessonChange none(LessonProgress progress) {
        return new LessonChange(progress, Write.NONE, Optional.empty());
    }
}
