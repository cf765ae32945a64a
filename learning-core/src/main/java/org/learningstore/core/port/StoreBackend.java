package org.learningstore.core.port;

/** What a backend module provides to {@link org.learningstore.core.LearningStore}. */
public interface StoreBackend extends AutoCloseable {
    Transactions transactions();

    Courses courses();

    CourseModules modules();

    Lessons lessons();

    Skills skills();

    AssessmentDefinitions assessmentDefinitions();

    Attempts attempts();

    LearnerProfiles learnerProfiles();

    LearnerSessions learnerSessions();

    Enrollments enrollments();

    LessonProgressRecords lessonProgress();

    SkillMasteries skillMasteries();

    StudySessions studySessions();

    LearnerStatistics learnerStatistics();

    AuditLog auditLog();

    JsonCodec json();

    /** Releases connections and pools; never throws. */
    @Override
    void close();
}
