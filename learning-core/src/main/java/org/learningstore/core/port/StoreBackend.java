package org.learningstore.core.port;

import java.util.Objects;

/**
 * What a backend module provides to {@link org.learningstore.core.LearningStore}: its ports, and
 * how to release what they stand on. Each backend module builds one.
 *
 * @param release releases connections and pools; run once by {@link #close()}, and must not throw
 */
public record StoreBackend(
        Transactions transactions,
        Courses courses,
        CourseModules modules,
        Lessons lessons,
        Skills skills,
        AssessmentDefinitions assessmentDefinitions,
        Attempts attempts,
        LearnerProfiles learnerProfiles,
        LearnerSessions learnerSessions,
        Enrollments enrollments,
        LessonProgressRecords lessonProgress,
        SkillMasteries skillMasteries,
        StudySessions studySessions,
        LearnerStatistics learnerStatistics,
        DiscussionPosts discussionPosts,
        AchievementDefinitions achievementDefinitions,
        RewardRecords rewardRecords,
        LeaderboardQueries leaderboards,
        LearningEventLog learningEvents,
        AuditLog auditLog,
        LessonNotes notes,
        PortfolioProjects projects,
        JsonCodec json,
        Runnable release,
        ReportQueries reportQueries,
        HealthProbe healthProbe,
        LearnerRecords learnerRecords,
        ImportCatalogReads importCatalog) implements AutoCloseable {

    public StoreBackend {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(courses, "courses");
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(lessons, "lessons");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(assessmentDefinitions, "assessmentDefinitions");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(learnerProfiles, "learnerProfiles");
        Objects.requireNonNull(learnerSessions, "learnerSessions");
        Objects.requireNonNull(enrollments, "enrollments");
        Objects.requireNonNull(lessonProgress, "lessonProgress");
        Objects.requireNonNull(skillMasteries, "skillMasteries");
        Objects.requireNonNull(studySessions, "studySessions");
        Objects.requireNonNull(learnerStatistics, "learnerStatistics");
        Objects.requireNonNull(discussionPosts, "discussionPosts");
        Objects.requireNonNull(achievementDefinitions, "achievementDefinitions");
        Objects.requireNonNull(rewardRecords, "rewardRecords");
        Objects.requireNonNull(leaderboards, "leaderboards");
        Objects.requireNonNull(learningEvents, "learningEvents");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(reportQueries, "reportQueries");
        Objects.requireNonNull(healthProbe, "healthProbe");
        Objects.requireNonNull(learnerRecords, "learnerRecords");
        Objects.requireNonNull(importCatalog, "importCatalog");
    }

    /** Releases connections and pools; never throws. */
    @Override
    public void close() {
        release.run();
    }
}
