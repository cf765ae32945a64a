package org.learningstore.sqlite.internal;

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
import org.learningstore.json.JacksonJsonCodec;

/** The ports over one {@link SqlExecutor}: the same SQL whichever transport carries it. */
final class SqliteStoreBackend implements StoreBackend {
    private final SqlExecutor executor;
    private final JsonCodec json = new JacksonJsonCodec();
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

    SqliteStoreBackend(SqlExecutor executor) {
        this.executor = executor;
        var rows = new CatalogRows(json);
        this.transactions = new SqliteTransactions(executor);
        this.courses = new SqliteCourses(executor, rows, json);
        this.modules = new SqliteCourseModules(executor, rows);
        this.lessons = new SqliteLessons(executor, rows, json);
        this.skills = new SqliteSkills(executor, rows);
        var assessmentRows = new AssessmentRows(json);
        this.assessmentDefinitions = new SqliteAssessmentDefinitions(executor, assessmentRows, json);
        var progressRows = new ProgressRows(json);
        this.attempts = new SqliteAttempts(executor, assessmentRows, progressRows);
        this.learnerProfiles = new SqliteLearnerProfiles(executor);
        this.learnerSessions = new SqliteLearnerSessions(executor, json);
        this.enrollments = new SqliteEnrollments(executor, progressRows);
        this.lessonProgress = new SqliteLessonProgressRecords(executor, progressRows);
        this.skillMasteries = new SqliteSkillMasteries(executor, progressRows, json);
        this.studySessions = new SqliteStudySessions(executor, progressRows, assessmentRows);
        this.learnerStatistics = new SqliteLearnerStatistics(executor);
        this.auditLog = new SqliteAuditLog(executor, rows);
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
        executor.close();
    }
}
