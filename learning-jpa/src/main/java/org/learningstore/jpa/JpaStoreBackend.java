package org.learningstore.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.learningstore.core.port.AssessmentDefinitions;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.AuditLog;
import org.learningstore.core.port.CourseModules;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.LearnerProfiles;
import org.learningstore.core.port.LearnerSessions;
import org.learningstore.core.port.LearnerStatistics;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.port.Lessons;
import org.learningstore.core.port.SkillMasteries;
import org.learningstore.core.port.Skills;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.port.StudySessions;
import org.learningstore.core.port.Transactions;
import org.learningstore.jpa.internal.CurrentEntityManager;
import org.learningstore.jpa.internal.JpaAssessmentDefinitions;
import org.learningstore.jpa.internal.JpaAttempts;
import org.learningstore.jpa.internal.JpaAuditLog;
import org.learningstore.jpa.internal.JpaCourseModules;
import org.learningstore.jpa.internal.JpaCourses;
import org.learningstore.jpa.internal.JpaEnrollments;
import org.learningstore.jpa.internal.JpaLearnerProfiles;
import org.learningstore.jpa.internal.JpaLearnerSessions;
import org.learningstore.jpa.internal.JpaLearnerStatistics;
import org.learningstore.jpa.internal.JpaLessonProgressRecords;
import org.learningstore.jpa.internal.JpaLessons;
import org.learningstore.jpa.internal.JpaSkillMasteries;
import org.learningstore.jpa.internal.JpaSkills;
import org.learningstore.jpa.internal.JpaStudySessions;
import org.learningstore.jpa.internal.JpaTransactions;
import org.learningstore.jpa.internal.MappedEntities;
import org.learningstore.jpa.internal.PersistenceErrors;
import org.learningstore.jpa.spi.AttemptGrading;
import org.learningstore.jpa.spi.CourseSearch;
import org.learningstore.jpa.spi.LearnerHistory;

/**
 * The ports over Jakarta Persistence. The EntityManagerFactory must map {@link #entityClasses()}
 * on a schema the database module migrated itself: this backend never creates or validates tables.
 */
public final class JpaStoreBackend implements StoreBackend {
    private static final System.Logger LOG = System.getLogger(JpaStoreBackend.class.getName());

    private final EntityManagerFactory factory;
    private final JsonCodec json;
    private final List<AutoCloseable> closeAfterFactory;
    private final Transactions transactions;
    private final Courses courses;
    private final CourseModules modules;
    private final Lessons lessons;
    private final Skills skills;
    private final AssessmentDefinitions assessmentDefinitions;
    private final Attempts attempts;
    private final LearnerProfiles learnerProfiles;
    private final LearnerSessions learnerSessions;
    private final Enrollments enrollments;
    private final LessonProgressRecords lessonProgress;
    private final SkillMasteries skillMasteries;
    private final StudySessions studySessions;
    private final LearnerStatistics learnerStatistics;
    private final AuditLog auditLog;

    /**
     * @param search the database's full-text search
     * @param grading the database's one-statement writes of a grading
     * @param history the database's one-statement reads over a learner's answers and activity
     * @param closeAfterFactory resources the store owns besides the factory, such as the
     *     connection pool it draws from; closed after it, in order
     */
    public JpaStoreBackend(EntityManagerFactory factory, JsonCodec json, CourseSearch search, AttemptGrading grading,
                           LearnerHistory history, AutoCloseable... closeAfterFactory) {
        this.factory = factory;
        this.json = json;
        this.closeAfterFactory = List.of(closeAfterFactory);
        var current = new CurrentEntityManager();
        this.transactions = new JpaTransactions(factory, current, new PersistenceErrors());
        this.courses = new JpaCourses(current, search);
        this.modules = new JpaCourseModules(current);
        this.lessons = new JpaLessons(current);
        this.skills = new JpaSkills(current);
        this.assessmentDefinitions = new JpaAssessmentDefinitions(current);
        var enrollments = new JpaEnrollments(current);
        var lessonProgress = new JpaLessonProgressRecords(current);
        var skillMasteries = new JpaSkillMasteries(current);
        this.attempts = new JpaAttempts(current, grading, enrollments, lessonProgress, skillMasteries);
        this.learnerProfiles = new JpaLearnerProfiles(current);
        this.learnerSessions = new JpaLearnerSessions(current);
        this.enrollments = enrollments;
        this.lessonProgress = lessonProgress;
        this.skillMasteries = skillMasteries;
        this.studySessions = new JpaStudySessions(current, history);
        this.learnerStatistics = new JpaLearnerStatistics(current, history);
        this.auditLog = new JpaAuditLog(current);
    }

    /** The entity classes to list on the persistence unit. */
    public static List<Class<?>> entityClasses() {
        return MappedEntities.CLASSES;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Courses courses() {
        return courses;
    }

    @Override
    public CourseModules modules() {
        return modules;
    }

    @Override
    public Lessons lessons() {
        return lessons;
    }

    @Override
    public Skills skills() {
        return skills;
    }

    @Override
    public AssessmentDefinitions assessmentDefinitions() {
        return assessmentDefinitions;
    }

    @Override
    public Attempts attempts() {
        return attempts;
    }

    @Override
    public LearnerProfiles learnerProfiles() {
        return learnerProfiles;
    }

    @Override
    public LearnerSessions learnerSessions() {
        return learnerSessions;
    }

    @Override
    public Enrollments enrollments() {
        return enrollments;
    }

    @Override
    public LessonProgressRecords lessonProgress() {
        return lessonProgress;
    }

    @Override
    public SkillMasteries skillMasteries() {
        return skillMasteries;
    }

    @Override
    public StudySessions studySessions() {
        return studySessions;
    }

    @Override
    public LearnerStatistics learnerStatistics() {
        return learnerStatistics;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public JsonCodec json() {
        return json;
    }

    @Override
    public void close() {
        closeQuietly(factory::close);
        closeAfterFactory.forEach(JpaStoreBackend::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception failure) {
            LOG.log(System.Logger.Level.WARNING, "closing the store failed", failure);
        }
    }
}
