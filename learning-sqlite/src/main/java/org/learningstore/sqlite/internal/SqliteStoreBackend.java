package org.learningstore.sqlite.internal;

import org.learningstore.core.port.StoreBackend;
import org.learningstore.json.JacksonJsonCodec;

/** Builds the ports over one {@link SqlExecutor}: the same SQL whichever transport carries it. */
final class SqliteStoreBackend {
    private SqliteStoreBackend() {
    }

    /**
     * @param backend the name {@code store.health()} reports
     * @param historyTable the schema history table of the transport's migrator
     * @param writeAttempts how many times a write runs in all when it meets a transient failure
     */
    static StoreBackend over(SqlExecutor executor, String backend, String historyTable, int writeAttempts) {
        var json = new JacksonJsonCodec();
        var rows = new CatalogRows(json);
        var assessmentRows = new AssessmentRows(json);
        var progressRows = new ProgressRows(json);
        return new StoreBackend(
                new SqliteTransactions(executor, writeAttempts),
                new SqliteCourses(executor, rows, json),
                new SqliteCourseModules(executor, rows, json),
                new SqliteLessons(executor, rows, json),
                new SqliteSkills(executor, rows),
                new SqliteAssessmentDefinitions(executor, assessmentRows, json),
                new SqliteAttempts(executor, assessmentRows, progressRows),
                new SqliteLearnerProfiles(executor),
                new SqliteLearnerSessions(executor, json),
                new SqliteEnrollments(executor, progressRows),
                new SqliteLessonProgressRecords(executor, progressRows),
                new SqliteSkillMasteries(executor, progressRows, json),
                new SqliteStudySessions(executor, progressRows, assessmentRows),
                new SqliteLearnerStatistics(executor),
                new SqliteDiscussionPosts(executor, json),
                new SqliteAchievementDefinitions(executor),
                new SqliteRewardRecords(executor, progressRows, json),
                new SqliteLeaderboards(executor),
                new SqliteLearningEventLog(executor),
                new SqliteAuditLog(executor, rows),
                new SqliteLessonNotes(executor),
                new SqlitePortfolioProjects(executor),
                json,
                executor::close,
                new SqliteReportQueries(executor, json),
                new SqliteHealthProbe(executor, backend, historyTable),
                new SqliteLearnerRecords(executor),
                new SqliteImportCatalogReads(executor, rows, assessmentRows, progressRows));
    }
}
