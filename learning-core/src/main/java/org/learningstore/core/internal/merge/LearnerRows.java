package org.learningstore.core.internal.merge;

import java.util.List;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.port.RewardRecords.Award;
import org.learningstore.core.progress.SkillMastery;

/** The rows of the two learners of a merge that it may move, drop or change, both learners' mixed. */
public record LearnerRows(List<Attempt> attempts, List<AttemptOverride> overrides, List<Enrollment> enrollments,
                          List<LessonProgress> lessonProgress, List<SkillMastery> masteries,
                          List<XpEntry> xpEntries, List<Award> awards) {
    public LearnerRows {
        attempts = List.copyOf(attempts);
        overrides = List.copyOf(overrides);
        enrollments = List.copyOf(enrollments);
        lessonProgress = List.copyOf(lessonProgress);
        masteries = List.copyOf(masteries);
        xpEntries = List.copyOf(xpEntries);
        awards = List.copyOf(awards);
    }
}
