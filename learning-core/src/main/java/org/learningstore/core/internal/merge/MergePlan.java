package org.learningstore.core.internal.merge;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.learner.Learner;

/**
 * Every change of one merge, decided before anything is written. Rows keyed by course, lesson,
 * skill, assessment, XP source or achievement are moved or deleted by key; the merged learner's attempts are given in
 * full as they are to be stored (survivor, new number, abandoned where they clash).
 *
 * <p>The version rule, the same on every backend: a row the merge moves or changes gets its
 * version plus one; the survivor's rows it leaves alone keep theirs. Learner sessions and
 * overrides, XP entries and earned achievements have no version.
 *
 * @param attempts the merged learner's attempts, each with version + 1
 * @param seatsToRelease the courses where the losing enrollment held a seat (it was not dropped)
 * @param xpEntries by source: the merged learner's entries move unless the survivor has one of the source
 * @param awards by achievement: the merged learner's move unless the survivor earned the same
 * @param survivor the survivor as it is to be stored: its XP plus the moved entries', version + 1
 * @param retired the merged learner as it is to be stored: retired into the survivor, version + 1
 */
public record MergePlan(List<Attempt> attempts, KeyedMoves<UUID> overrides, KeyedMoves<UUID> enrollments,
                        List<UUID> seatsToRelease, KeyedMoves<UUID> lessonProgress, KeyedMoves<UUID> masteries,
                        KeyedMoves<String> xpEntries, KeyedMoves<UUID> awards, Learner survivor, Learner retired) {
    public MergePlan {
        attempts = List.copyOf(attempts);
        seatsToRelease = List.copyOf(seatsToRelease);
    }
}
