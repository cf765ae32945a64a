package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/**
 * What rewarding reads and writes: learners' metrics against the active definitions, the XP
 * ledger, earned achievements. Writes hold "once" in the database: a second entry of a source,
 * or a second award of a definition, changes nothing.
 */
public interface RewardRecords {
    /** One learner's standing before the unit writes. */
    record LearnerState(UUID learnerId, long totalXp, List<Long> activeDaysNewestFirst, List<DefinitionState> definitions) {
    }

    /** An active definition of the metrics asked for, the learner's value of it, and whether earned already. */
    record DefinitionState(Achievement achievement, long value, boolean earned) {
    }

    /** That a learner earned the definition {@code achievementId}: what a learner merge moves or drops. */
    record Award(UUID learnerId, UUID achievementId) {
    }

    /**
     * The live learners among {@code learnerIds} (unknown or deleted ones are left out), each with
     * the active definitions of {@code metrics} and their values, and the UTC days (since the
     * epoch, from {@code fromDay} on) the learner was active. A fixed number of statements, one round trip on Turso.
     */
    List<LearnerState> read(Set<UUID> learnerIds, Set<AchievementMetric> metrics, long fromDay);

    Optional<XpEntry> findEntry(UUID learnerId, String source);

    /** Adds the entry unless the learner has one of its source, and moves total_xp only if this entry was added. */
    void pay(XpEntry entry);

    /** {@link #pay} of each entry, in order; a backend may pay them all in a fixed number of statements. */
    default void payAll(List<XpEntry> entries) {
        entries.forEach(this::pay);
    }

    /**
     * New entries, each of a source its learner has no entry of, whose learners' total_xp counts
     * them already (an import writes its learners as their history leaves them): a fixed number of
     * statements whatever their number (none for none), no total moved.
     */
    void insertEntries(List<XpEntry> entries);

    /**
     * Records the award ({@code awardId} tells it from a rival award of the same definition)
     * unless the learner has earned it already.
     */
    void award(UUID learnerId, UUID achievementId, Instant earnedAt, UUID awardId, long metricValue);

    /** Appends the event only if the award {@code awardId} of the learner's achievement was recorded. */
    void appendIfAwarded(LearningEvent event, UUID achievementId, UUID awardId);

    Page<XpEntry> entries(UUID learnerId, PageRequest page);

    /** Every XP entry of the learners, in one statement. */
    List<XpEntry> entriesOf(List<UUID> learnerIds);

    /** Every achievement the learners earned, in one statement. */
    List<Award> awardsOf(List<UUID> learnerIds);

    /** Deletes the learner's entries of these sources; total_xp is the caller's to set. */
    void deleteEntries(UUID learnerId, List<String> sources);

    /** Gives the learner's entries of these sources to another learner; total_xp is the caller's to set. */
    void moveEntries(UUID fromLearnerId, List<String> sources, UUID toLearnerId);

    void deleteAwards(UUID learnerId, List<UUID> achievementIds);

    void moveAwards(UUID fromLearnerId, List<UUID> achievementIds, UUID toLearnerId);
}
