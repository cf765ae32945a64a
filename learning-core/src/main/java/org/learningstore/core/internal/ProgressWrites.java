package org.learningstore.core.internal;

import java.util.List;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.progress.SkillMastery;

/** Writes what the lesson and mastery rules decided, each row guarded on the version it was read at. */
public final class ProgressWrites {
    private final LessonProgressRecords lessonProgress;
    private final Enrollments enrollments;
    private final SkillMasteries skillMasteries;

    public ProgressWrites(LessonProgressRecords lessonProgress, Enrollments enrollments, SkillMasteries skillMasteries) {
        this.lessonProgress = lessonProgress;
        this.enrollments = enrollments;
        this.skillMasteries = skillMasteries;
    }

    void write(LessonChange change) {
        switch (change.write()) {
            case INSERT -> lessonProgress.insert(change.progress());
            case UPDATE -> lessonProgress.update(change.progress(), change.progress().version() - 1);
            case NONE -> {
            }
        }
        change.enrollmentMove().ifPresent(move -> enrollments.update(move.asRead(), move.moved()));
    }

    void write(List<SkillMastery> masteries) {
        if (!masteries.isEmpty()) {
            skillMasteries.save(masteries);
        }
    }
}
