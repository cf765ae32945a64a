package org.learningstore.core.internal;

import java.util.Optional;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;

/**
 * What one change to a learner's lesson writes: the progress row as it now is, how it is
 * written, and the enrollment moved with it. A written row's version is one above the version
 * it was read at, which guards the update.
 */
record LessonChange(LessonProgress progress, Write write, Optional<Enrollment> enrollment) {

    enum Write { NONE, INSERT, UPDATE }

    static LessonChange none(LessonProgress progress) {
        return new LessonChange(progress, Write.NONE, Optional.empty());
    }
}
