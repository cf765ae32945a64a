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
import java.util.function.Consumer;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.port.LearningEventLog;
import org.learningstore.core.port.RewardRecords;

/**
 * The rewards of one learner whose history is being imported: decides with {@link RewardsPolicy}
 * from the learner's standing as the import holds it (what {@link StoredRewards} would read from
 * the rows written so far), queues the same writes, and keeps the standing those writes leave.
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
    private final RewardRecords records;
    private final LearningEventLog events;
    private final Consumer<Runnable> writes;
    private final Set<String> paidSources = new HashSet<>();
    private final Set<UUID> earned = new HashSet<>();
    private long totalXp;

    /** {@code active}: the store's active achievement definitions; {@code writes} queues each write of the import. */
    public ReplayedRewards(UUID learnerId, RewardsPolicy policy, List<Achievement> active, LearnerRows rows,
                           RewardRecords records, LearningEventLog events, Consumer<Runnable> writes) {
        this.learnerId = learnerId;
        this.policy = policy;
        this.active = active.stream().sorted(Comparator.comparing(a -> a.details().code())).toList();
        this.rows = rows;
        this.records = records;
        this.events = events;
        this.writes = writes;
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
        writes.accept(() -> StoredRewards.write(plan, records, events, now));
        plan.payments().forEach(this::paid);
        for (RewardsPlan.Award award : plan.awards()) {
            if (earned.add(award.achievement().id()) && award.reward() != null) {
                paid(award.reward());
            }
        }
    }

    /** As the ledger: a source pays once. */
    private void paid(XpEntry entry) {
        if (paidSources.add(entry.source())) {
            totalXp += entry.amount();
        }
    }
}
