package org.learningstore.core.internal;

import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.LearnerProfiles;
import org.learningstore.core.port.LearningEventLog;
import org.learningstore.core.port.RewardRecords;

/** The ports an import writes its learners' rows through: the same writes the per-call services make. */
public record ImportWriters(LearnerProfiles profiles, Auditor auditor, Enrollments enrollments, Attempts attempts,
                            ProgressWrites progress, RewardRecords rewards, LearningEventLog events) {
}
