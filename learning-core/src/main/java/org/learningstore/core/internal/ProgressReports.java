package org.learningstore.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.engagement.Leaderboard;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.Streaks;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.LeaderboardQueries;
import org.learningstore.core.port.LearnerStatistics;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.LearnerStats;
import org.learningstore.core.progress.MasteryRules;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.internal.work.UnitsOfWork;

/** A learner's mastery as of now, dashboard and stats. */
public final class ProgressReports {
    private static final int STREAK_WINDOW_DAYS = 400;

    private final UnitsOfWork units;
    private final LiveLearners learners;
    private final SkillMasteries skillMasteries;
    private final Enrollments enrollments;
    private final LearnerStatistics statistics;
    private final MasteryRules masteryRules;
    private final LeaderboardQueries leaderboards;

    public ProgressReports(UnitsOfWork units, LiveLearners learners, SkillMasteries skillMasteries, Enrollments enrollments,
                           LearnerStatistics statistics, MasteryRules masteryRules, LeaderboardQueries leaderboards) {
        this.units = units;
        this.learners = learners;
        this.skillMasteries = skillMasteries;
        this.enrollments = enrollments;
        this.statistics = statistics;
        this.masteryRules = masteryRules;
        this.leaderboards = leaderboards;
    }

    List<SkillMastery> mastery(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        Instant now = units.now();
        return units.read(() -> skillMasteries.find(learnerId, null)).stream()
                .map(stored -> masteryRules.asOf(stored, now))
                .sorted(Comparator.comparing(SkillMastery::skillId))
                .toList();
    }

    Page<DashboardEntry> dashboard(UUID learnerId, PageRequest page) {
        Checks.required("learnerId", learnerId);
        Checks.required("page", page);
        return units.read(() -> enrollments.dashboard(learnerId, page));
    }

    LearnerStats stats(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        long today = LocalDate.ofInstant(units.now(), ZoneOffset.UTC).toEpochDay();
        return units.read(() -> {
            Learner learner = learners.require(learnerId);
            LearnerStatistics.Totals totals = statistics.totals(learnerId);
            List<Long> days = statistics.activeDays(learnerId, today - STREAK_WINDOW_DAYS);
            Long rank = leaderboards.entry(Leaderboard.global(), learnerId).map(LeaderboardEntry::rank).orElse(null);
            return new LearnerStats(totals.lessonsCompleted(), totals.assessmentsPassed(), totals.averagePercent(),
                    totals.lessonTime(), Streaks.streak(days, today), learner.totalXp(), rank);
        });
    }
}
