package org.learningstore.core.internal.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.AchievementCriteria;
import org.learningstore.core.engagement.AchievementDetails;
import org.learningstore.core.engagement.AchievementMetric;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.XpEntry;
import org.learningstore.core.engagement.XpRules;
import org.learningstore.core.port.RewardRecords.DefinitionState;
import org.learningstore.core.port.RewardRecords.LearnerState;

class RewardsPolicyTest {
    private static final Instant NOW = Instant.parse("2030-01-10T12:00:00Z");
    private static final long TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC).toEpochDay();
    private static final UUID LEARNER = new UUID(0, 1);
    private static final UUID COURSE = new UUID(0, 2);
    private static final UUID OTHER_COURSE = new UUID(0, 3);
    private static final UUID LESSON = new UUID(0, 4);

    /** Ids 100, 101, ... in the order the policy asks for them. */
    private static Supplier<UUID> counter() {
        long[] next = {100};
        return () -> new UUID(0, next[0]++);
    }

    private static Achievement achievement(long id, AchievementCriteria criteria, int xp) {
        return new Achievement(new UUID(1, id), new AchievementDetails("a-" + id, "A" + id, null, "badge", criteria, xp, null), true,
                1, NOW, NOW);
    }

    private static LearnerState learner(long totalXp, List<Long> days, DefinitionState... definitions) {
        return new LearnerState(LEARNER, totalXp, days, new ArrayList<>(List.of(definitions)));
    }

    private static RewardsPlan decide(XpRules rules, List<LearnerState> before, EngagementEvent... events) {
        return new RewardsPolicy(rules, counter()).decide(before, List.of(events), NOW);
    }

    @Test
    void theFirstCompletionOfALessonPaysTheRuleAndIsAnnounced() {
        RewardsPlan plan = decide(XpRules.DEFAULT, List.of(learner(0, List.of())),
                new EngagementEvent.LessonCompleted(LEARNER, LESSON, COURSE));

        assertEquals(List.of(new XpEntry(new UUID(0, 100), LEARNER, 10, "lesson completed", "learningstore:lesson:" + LESSON,
                COURSE, NOW)), plan.payments());
        assertEquals(List.of(new LearningEvent(new UUID(0, 101), LEARNER, "learningstore.lesson_completed",
                "{\"lessonId\":\"" + LESSON + "\",\"courseId\":\"" + COURSE + "\"}", null, NOW)), plan.events());
        assertEquals(List.of(), plan.awards());
    }

    @Test
    void aMetricReachingTheThresholdAwardsOnceWithItsRewardAndOnlyInItsScope() {
        Achievement inCourse = achievement(1, AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 3).inCourse(COURSE), 40);
        Achievement elsewhere = achievement(2, AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 3).inCourse(OTHER_COURSE), 40);
        Achievement earned = achievement(3, AchievementCriteria.of(AchievementMetric.LESSONS_COMPLETED, 1), 5);
        RewardsPlan plan = decide(new XpRules(0, 0), List.of(learner(0, List.of(), new DefinitionState(inCourse, 2, false),
                        new DefinitionState(elsewhere, 2, false), new DefinitionState(earned, 2, true))),
                new EngagementEvent.LessonCompleted(LEARNER, LESSON, COURSE));

        assertEquals(List.of(), plan.payments(), "the rules pay nothing here");
        assertEquals(1, plan.awards().size());
        RewardsPlan.Award award = plan.awards().get(0);
        assertEquals(inCourse, award.achievement());
        assertEquals(3, award.metricValue());
        assertEquals(new XpEntry(new UUID(0, 101), LEARNER, 40, "achievement a-1", "learningstore:achievement:" + inCourse.id(),
                COURSE, NOW), award.reward());
        assertEquals("{\"achievementId\":\"" + inCourse.id() + "\",\"code\":\"a-1\",\"value\":3}", award.announcement().data());
    }

    @Test
    void totalXpCountsWhatTheUnitPaysAndStreaksCountToday() {
        Achievement hundred = achievement(1, AchievementCriteria.of(AchievementMetric.TOTAL_XP, 100), 0);
        Achievement threeDays = achievement(2, AchievementCriteria.of(AchievementMetric.STREAK_DAYS, 3), 0);
        UUID assessment = new UUID(0, 9);
        RewardsPlan plan = decide(XpRules.DEFAULT, List.of(learner(50, List.of(TODAY - 1, TODAY - 2),
                        new DefinitionState(hundred, 50, false), new DefinitionState(threeDays, 0, false))),
                new EngagementEvent.AttemptGraded(LEARNER, new UUID(0, 8), assessment, COURSE, true, true, 100, 4, 0));

        assertEquals(List.of(50), plan.payments().stream().map(XpEntry::amount).toList());
        assertEquals(List.of(hundred, threeDays), plan.awards().stream().map(RewardsPlan.Award::achievement).toList());
        assertEquals(List.of(100L, 3L), plan.awards().stream().map(RewardsPlan.Award::metricValue).toList());
    }

    @Test
    void aPassThatIsNotTheFirstPaysNothingAndUnknownLearnersEarnNothing() {
        var again = new EngagementEvent.AttemptGraded(LEARNER, new UUID(0, 8), new UUID(0, 9), COURSE, true, false, 80, 1, 0);
        assertEquals(List.of(), decide(XpRules.DEFAULT, List.of(learner(0, List.of())), again).payments());
        RewardsPlan nobody = decide(XpRules.DEFAULT, List.of(), again);
        assertEquals(new RewardsPlan(List.of(), List.of(), List.of()), nobody);
    }

    @Test
    void eachEventKindReadsOnlyTheMetricsItMoves() {
        assertEquals(EnumSet.noneOf(AchievementMetric.class), RewardsPolicy.metricsMovedBy(Set.of(EngagementEvent.Enrolled.class)));
        assertEquals(EnumSet.of(AchievementMetric.VOTES_RECEIVED), RewardsPolicy.metricsMovedBy(Set.of(EngagementEvent.VoteCast.class)));
        assertEquals(EnumSet.of(AchievementMetric.LESSONS_COMPLETED, AchievementMetric.TOTAL_XP, AchievementMetric.STREAK_DAYS,
                AchievementMetric.COURSES_COMPLETED), RewardsPolicy.metricsMovedBy(Set.of(EngagementEvent.LessonCompleted.class,
                EngagementEvent.CourseCompleted.class)));
    }

    @Test
    void aDownVoteTakesBackAVoteReceived() {
        Achievement liked = achievement(1, AchievementCriteria.of(AchievementMetric.VOTES_RECEIVED, 2), 0);
        RewardsPlan plan = decide(XpRules.DEFAULT, List.of(learner(0, List.of(), new DefinitionState(liked, 2, false))),
                new EngagementEvent.VoteCast(LEARNER, new UUID(0, 5), COURSE, -1));
        assertEquals(List.of(), plan.awards());
    }
}
