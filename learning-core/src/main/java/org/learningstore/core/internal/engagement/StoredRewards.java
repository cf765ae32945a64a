package org.learningstore.core.internal.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.port.LearningEventLog;
import org.learningstore.core.port.RewardRecords;

/**
 * The rewards of the library: reads the learners' metrics and the active definitions they may
 * reach, lets {@link RewardsPolicy} decide, and queues what it decided in the caller's unit.
 */
public final class StoredRewards implements Rewards {
    /** Streaks are counted over the active days of this many days back, as in the learner's stats. */
    static final int STREAK_WINDOW_DAYS = 400;

    private final RewardRecords records;
    private final LearningEventLog events;
    private final RewardsPolicy policy;
    private final Clock clock;

    public StoredRewards(RewardRecords records, LearningEventLog events, RewardsPolicy policy, Clock clock) {
        this.records = records;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    private record Read(List<RewardRecords.LearnerState> learners) implements Before {
        @Override
        public boolean knows(UUID learnerId) {
            return learners.stream().anyMatch(learner -> learner.learnerId().equals(learnerId));
        }
    }

    @Override
    public Before read(Set<UUID> learnerIds, Set<Class<? extends EngagementEvent>> kinds) {
        Set<AchievementMetric> metrics = RewardsPolicy.metricsMovedBy(kinds);
        long today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
        return new Read(records.read(learnerIds, metrics, today - STREAK_WINDOW_DAYS));
    }

    @Override
    public void apply(Before before, List<EngagementEvent> happened, Instant now) {
        if (happened.isEmpty()) {
            return;
        }
        write(policy.decide(((Read) before).learners(), happened, now), records, events, now);
    }

    /** Queues what the plan decided in the current unit. */
    static void write(RewardsPlan plan, RewardRecords records, LearningEventLog events, Instant now) {
        records.payAll(plan.payments());
        for (RewardsPlan.Award award : plan.awards()) {
            records.award(award.learnerId(), award.achievement().id(), now, award.awardId(), award.metricValue());
            if (award.reward() != null) {
                records.pay(award.reward());
            }
            records.appendIfAwarded(award.announcement(), award.achievement().id(), award.awardId());
        }
        events.appendAll(plan.events());
    }
}
