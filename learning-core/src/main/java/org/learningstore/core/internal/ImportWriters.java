package org.learningstore.core.internal;

import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.LearnerProfiles;
import org.learningstore.core.port.LearningEventLog;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.port.RewardRecords;
import org.learningstore.core.port.SkillMasteries;

/**
 * The ports an import writes its learners' rows through: the per-call services' writes, except
 * that a row the import creates is written once, as it ends up.
 */
public record ImportWriters(LearnerProfiles profiles, Auditor auditor, Enrollments enrollments, Attempts attempts,
                            LessonProgressRecords lessonProgress, SkillMasteries masteries, RewardRecords rewards,
                            LearningEventLog events) {
}
