package org.learningstore.core.internal.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.port.RewardRecords;

/**
 * The rewards of one learner whose history is being imported: decides with {@link RewardsPolicy}
 * from the learner's standing as the import holds it (what {@link StoredRewards} would read from
 * the rows written so far), hands the rows those writes would add to the import's batch, and keeps
 * the standing they leave. Only what the ledger would keep is handed on: a source pays once, a
 * definition is awarded once (and its reward and announcement go with the award that is recorded).
 */
public final class ReplayedRewards implements Rewards {

    /** The learner's rows as the import holds them, valued as the store's metric reads value them. */
    public interface LearnerRows {
        /** The time of the event being imported. */
        Instant now();

        /** The learner's value of a counted metric (not XP, not streaks). */
        long value(AchievementCriteria criteria);

        /** UTC days (since the epoch, from {@code fromDay} on) the learner was active, newest first. */
        List<Long> activeDaysNewestFirst(long fromDay);
    }

    /** Where the rows go: the import's batch, written table by table when the batch is. */
    public interface Rows {
        /** An entry the ledger adds; the learner's total_xp counts it already. */
        void paid(XpEntry entry);

        void awarded(UUID learnerId, UUID achievementId, Instant earnedAt, UUID awardId, long metricValue);

        void appended(LearningEvent event);
    }

    private record Standing(RewardRecords.LearnerState state) implements Before {
        @Override
        public boolean knows(UUID learnerId) {
            return state.learnerId().equals(learnerId);
        }
    }

    private final UUID learnerId;
    private final RewardsPolicy policy;
    private final List<Achievement> active;
    private final LearnerRows rows;
    private final Rows written;
    private final Set<String> paidSources = new HashSet<>();
    private final Set<UUID> earned = new HashSet<>();
    private long totalXp;

    /** {@code active}: the store's active achievement definitions; {@code written} takes each row of the import. */
    public ReplayedRewards(UUID learnerId, RewardsPolicy policy, List<Achievement> active, LearnerRows rows, Rows written) {
        this.learnerId = learnerId;
        this.policy = policy;
        this.active = active.stream().sorted(Comparator.comparing(a -> a.details().code())).toList();
        this.rows = rows;
        this.written = written;
    }

    @Override
    public Before read(Set<UUID> learnerIds, Set<Class<? extends EngagementEvent>> kinds) {
        Set<AchievementMetric> metrics = RewardsPolicy.metricsMovedBy(kinds);
        List<RewardRecords.DefinitionState> definitions = new ArrayList<>();
        for (Achievement achievement : active) {
            AchievementCriteria criteria = achievement.details().criteria();
            if (metrics.contains(criteria.metric())) {
                long value = switch (criteria.metric()) {
                    case TOTAL_XP -> totalXp;
                    case STREAK_DAYS -> 0;
                    default -> rows.value(criteria);
                };
                definitions.add(new RewardRecords.DefinitionState(achievement, value, earned.contains(achievement.id())));
            }
        }
        long today = LocalDate.ofInstant(rows.now(), ZoneOffset.UTC).toEpochDay();
        List<Long> days = metrics.contains(AchievementMetric.STREAK_DAYS)
                ? rows.activeDaysNewestFirst(today - StoredRewards.STREAK_WINDOW_DAYS) : List.of();
        return new Standing(new RewardRecords.LearnerState(learnerId, totalXp, days, definitions));
    }

    @Override
    public void apply(Before before, List<EngagementEvent> happened, Instant now) {
        if (happened.isEmpty()) {
            return;
        }
        RewardsPlan plan = policy.decide(List.of(((Standing) before).state()), happened, now);
        plan.payments().forEach(this::paid);
        for (RewardsPlan.Award award : plan.awards()) {
            if (earned.add(award.achievement().id())) {
                written.awarded(learnerId, award.achievement().id(), now, award.awardId(), award.metricValue());
                if (award.reward() != null) {
                    paid(award.reward());
                }
                written.appended(award.announcement());
            }
        }
        plan.events().forEach(written::appended);
    }

    /** The learner's XP: what the learner's row holds once every entry is added. */
    public long totalXp() {
        return totalXp;
    }

    /** The entries the ledger added: each moved the learner's version by one. */
    public int payments() {
        return paidSources.size();
    }

    /** As the ledger: a source pays once. */
    private void paid(XpEntry entry) {
        if (paidSources.add(entry.source())) {
            totalXp += entry.amount();
            written.paid(entry);
        }
    }
}
