package org.learningstore.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.jpa.internal.CurrentEntityManager;
import org.learningstore.jpa.internal.JpaAchievementDefinitions;
import org.learningstore.jpa.internal.JpaAssessmentDefinitions;
import org.learningstore.jpa.internal.JpaAttempts;
import org.learningstore.jpa.internal.JpaAuditLog;
import org.learningstore.jpa.internal.JpaCourseModules;
import org.learningstore.jpa.internal.JpaCourses;
import org.learningstore.jpa.internal.JpaDiscussionPosts;
import org.learningstore.jpa.internal.JpaEnrollments;
import org.learningstore.jpa.internal.JpaHealthProbe;
import org.learningstore.jpa.internal.JpaImportCatalogReads;
import org.learningstore.jpa.internal.JpaLearnerRecords;
import org.learningstore.jpa.internal.JpaLearnerProfiles;
import org.learningstore.jpa.internal.JpaLearnerSessions;
import org.learningstore.jpa.internal.JpaLeaderboards;
import org.learningstore.jpa.internal.JpaLearnerStatistics;
import org.learningstore.jpa.internal.JpaLearningEventLog;
import org.learningstore.jpa.internal.JpaLessonNotes;
import org.learningstore.jpa.internal.JpaLessonProgressRecords;
import org.learningstore.jpa.internal.JpaLessons;
import org.learningstore.jpa.internal.JpaPortfolioProjects;
import org.learningstore.jpa.internal.JpaReportQueries;
import org.learningstore.jpa.internal.JpaRewardRecords;
import org.learningstore.jpa.internal.JpaSkillMasteries;
import org.learningstore.jpa.internal.JpaSkills;
import org.learningstore.jpa.internal.JpaStudySessions;
import org.learningstore.jpa.internal.JpaTransactions;
import org.learningstore.jpa.internal.MappedEntities;
import org.learningstore.jpa.internal.PersistenceErrors;
import org.learningstore.jpa.spi.AttemptGrading;
import org.learningstore.jpa.spi.CourseSearch;
import org.learningstore.jpa.spi.HostTransactions;
import org.learningstore.jpa.spi.LearnerHistory;
import org.learningstore.jpa.spi.ReadUnits;
import org.learningstore.jpa.spi.SchemaHistory;
import org.learningstore.jpa.spi.SchemaScope;

/**
 * Builds the ports over Jakarta Persistence. The EntityManagerFactory must map {@link #entityClasses()}
 * on a schema the database module migrated itself: this backend never creates or validates tables.
 * It is either the store's own ({@link #of}) or the host app's ({@link #onHost}), whose transactions
 * the store then joins.
 */
public final class JpaStoreBackend {
    private static final System.Logger LOG = System.getLogger(JpaStoreBackend.class.getName());

    private JpaStoreBackend() {
    }

    /**
     * @param search the database's full-text search
     * @param grading the database's one-statement writes of a grading
     * @param history the database's one-statement reads over a learner's answers and activity
     * @param schemaHistory where the database module records the schema versions it applied
     * @param writeAttempts how many times a write runs in all when it meets a concurrent change
     * @param reads how the store's read units run: {@link ReadUnits#AUTO_COMMIT} only on connections at READ COMMITTED
     * @param closeAfterFactory resources the store owns besides the factory, such as the
     *     connection pool it draws from; closed after it, in order
     */
    public static StoreBackend of(EntityManagerFactory factory, JsonCodec json, CourseSearch search, AttemptGrading grading,
                                  LearnerHistory history, SchemaHistory schemaHistory, int writeAttempts, ReadUnits reads,
                                  AutoCloseable... closeAfterFactory) {
        var current = new CurrentEntityManager();
        List<AutoCloseable> owned = List.of(closeAfterFactory);
        return ports(current, new JpaTransactions(factory, current, new PersistenceErrors(), writeAttempts,
                        HostTransactions.NONE, SchemaScope.NONE, reads), json, search, grading, history, schemaHistory,
                () -> {
                    closeQuietly(factory::close);
                    owned.forEach(JpaStoreBackend::closeQuietly);
                });
    }

    /**
     * The ports on the host app's EntityManagerFactory, whose persistence unit lists {@link #entityClasses()}:
     * store calls join the host's transaction while one is active and run their own otherwise. Closing the
     * store leaves the factory open: the host owns it.
     *
     * @param scope points the host's connections at the store's tables for the length of a store call
     */
    public static StoreBackend onHost(EntityManagerFactory hostFactory, HostTransactions hostTransactions, SchemaScope scope,
                                      JsonCodec json, CourseSearch search, AttemptGrading grading, LearnerHistory history,
                                      SchemaHistory schemaHistory, int writeAttempts) {
        var current = new CurrentEntityManager();
        return ports(current, new JpaTransactions(hostFactory, current, new PersistenceErrors(), writeAttempts,
                hostTransactions, scope, ReadUnits.TRANSACTION), json, search, grading, history, schemaHistory, () -> { });
    }

    private static StoreBackend ports(CurrentEntityManager current, JpaTransactions transactions, JsonCodec json,
                                      CourseSearch search, AttemptGrading grading, LearnerHistory history,
                                      SchemaHistory schemaHistory, Runnable close) {
        var enrollments = new JpaEnrollments(current);
        var lessonProgress = new JpaLessonProgressRecords(current);
        var skillMasteries = new JpaSkillMasteries(current);
        var courses = new JpaCourses(current, search);
        var assessmentDefinitions = new JpaAssessmentDefinitions(current);
        return new StoreBackend(
                transactions,
                courses,
                new JpaCourseModules(current),
                new JpaLessons(current),
                new JpaSkills(current),
                assessmentDefinitions,
                new JpaAttempts(current, grading, lessonProgress, skillMasteries),
                new JpaLearnerProfiles(current),
                new JpaLearnerSessions(current),
                enrollments,
                lessonProgress,
                skillMasteries,
                new JpaStudySessions(current, history),
                new JpaLearnerStatistics(current, history),
                new JpaDiscussionPosts(current),
                new JpaAchievementDefinitions(current),
                new JpaRewardRecords(current, json),
                new JpaLeaderboards(current),
                new JpaLearningEventLog(current),
                new JpaAuditLog(current),
                new JpaLessonNotes(current),
                new JpaPortfolioProjects(current),
                json,
                close,
                new JpaReportQueries(current),
                new JpaHealthProbe(current, schemaHistory),
                new JpaLearnerRecords(current),
                new JpaImportCatalogReads(courses, enrollments, assessmentDefinitions, lessonProgress));
    }

    /** The entity classes to list on the persistence unit. */
    public static List<Class<?>> entityClasses() {
        return MappedEntities.CLASSES;
    }

    /** The entity class names, as a host's persistence unit lists them (Spring's {@code PersistenceManagedTypes.of}). */
    public static List<String> entityClassNames() {
        return MappedEntities.CLASSES.stream().map(Class::getName).toList();
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception failure) {
            LOG.log(System.Logger.Level.WARNING, "closing the store failed", failure);
        }
    }
}
