package org.learningstore.core.internal.merge;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.LearnerSessions;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.port.RewardRecords;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.port.StudySessions;

/**
 * Reads the rows a merge decides on and writes its {@link MergePlan}, through port methods that
 * only fetch, move and delete. Seven reads, one statement each whatever the learners' history (seven
 * round trips on Turso); writes only where the plan has something to change.
 */
public final class MergeRecords {
    /** Deletes a learner's rows by key. */
    private interface Delete<K> {
        void rows(UUID learnerId, List<K> keys);
    }

    /** Gives a learner's rows, by key, to another learner. */
    private interface Move<K> {
        void rows(UUID fromLearnerId, List<K> keys, UUID toLearnerId);
    }

    private final Attempts attempts;
    private final AssessmentDefinitions definitions;
    private final Enrollments enrollments;
    private final LessonProgressRecords lessonProgress;
    private final SkillMasteries masteries;
    private final LearnerSessions learnerSessions;
    private final StudySessions studySessions;
    private final RewardRecords rewards;

    public MergeRecords(Attempts attempts, AssessmentDefinitions definitions, Enrollments enrollments,
                        LessonProgressRecords lessonProgress, SkillMasteries masteries, LearnerSessions learnerSessions,
                        StudySessions studySessions, RewardRecords rewards) {
        this.attempts = attempts;
        this.definitions = definitions;
        this.enrollments = enrollments;
        this.lessonProgress = lessonProgress;
        this.masteries = masteries;
        this.learnerSessions = learnerSessions;
        this.studySessions = studySessions;
        this.rewards = rewards;
    }

    public LearnerRows read(UUID survivorId, UUID mergedId) {
        List<UUID> both = List.of(survivorId, mergedId);
        return new LearnerRows(attempts.listByLearners(both), definitions.overridesOf(both),
                enrollments.listByLearners(both), lessonProgress.listByLearners(both), masteries.listByLearners(both),
                rewards.entriesOf(both), rewards.awardsOf(both));
    }

    /** Everything but the two learners' own rows. Deletions come before moves, so no key is held twice. */
    public void write(MergePlan plan) {
        UUID survivorId = plan.survivor().id();
        UUID mergedId = plan.retired().id();
        if (!plan.attempts().isEmpty()) {
            attempts.move(plan.attempts());
        }
        apply(plan.overrides(), survivorId, mergedId, definitions::deleteOverrides, definitions::moveOverrides);
        plan.seatsToRelease().forEach(enrollments::releaseSeat);
        apply(plan.enrollments(), survivorId, mergedId, enrollments::delete, enrollments::move);
        apply(plan.lessonProgress(), survivorId, mergedId, lessonProgress::delete, lessonProgress::move);
        apply(plan.masteries(), survivorId, mergedId, masteries::delete, masteries::move);
        apply(plan.xpEntries(), survivorId, mergedId, rewards::deleteEntries, rewards::moveEntries);
        apply(plan.awards(), survivorId, mergedId, rewards::deleteAwards, rewards::moveAwards);
        learnerSessions.moveAll(mergedId, survivorId);
        studySessions.moveAll(mergedId, survivorId);
    }

    private static <K> void apply(KeyedMoves<K> moves, UUID survivorId, UUID mergedId, Delete<K> delete, Move<K> move) {
        if (!moves.deleteOfSurvivor().isEmpty()) {
            delete.rows(survivorId, moves.deleteOfSurvivor());
        }
        if (!moves.deleteOfMerged().isEmpty()) {
            delete.rows(mergedId, moves.deleteOfMerged());
        }
        if (!moves.moveFromMerged().isEmpty()) {
            move.rows(mergedId, moves.moveFromMerged(), survivorId);
        }
    }
}
