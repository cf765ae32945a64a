package org.learningstore.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.QuestionView;
import org.learningstore.core.assessment.Response;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.progress.DashboardEntry;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LearnerStats;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.Progress;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;

/** The {@link Progress} facade over its parts: enrollment, lesson progress, study sessions, and reports. */
public final class ProgressService implements Progress {
    private final EnrollmentService enrollments;
    private final LessonProgressService lessons;
    private final StudyService study;
    private final ProgressReports reports;

    public ProgressService(EnrollmentService enrollments, LessonProgressService lessons, StudyService study,
                           ProgressReports reports) {
        this.enrollments = enrollments;
        this.lessons = lessons;
        this.study = study;
        this.reports = reports;
    }

    @Override
    public Enrollment enroll(UUID learnerId, UUID courseId) {
        return enrollments.enroll(learnerId, courseId);
    }

    @Override
    public Enrollment drop(UUID learnerId, UUID courseId) {
        return enrollments.drop(learnerId, courseId);
    }

    @Override
    public Optional<Enrollment> enrollment(UUID learnerId, UUID courseId) {
        return enrollments.enrollment(learnerId, courseId);
    }

    @Override
    public LessonProgress startLesson(UUID learnerId, UUID lessonId) {
        return lessons.startLesson(learnerId, lessonId);
    }

    @Override
    public LessonProgress recordTime(UUID learnerId, UUID lessonId, Duration spent) {
        return lessons.recordTime(learnerId, lessonId, spent);
    }

    @Override
    public LessonProgress savePosition(UUID learnerId, UUID lessonId, String positionJson) {
        return lessons.savePosition(learnerId, lessonId, positionJson);
    }

    @Override
    public LessonProgress saveBookmarks(UUID learnerId, UUID lessonId, List<String> bookmarks) {
        return lessons.saveBookmarks(learnerId, lessonId, bookmarks);
    }

    @Override
    public LessonProgress completeLesson(UUID learnerId, UUID lessonId) {
        return lessons.completeLesson(learnerId, lessonId);
    }

    @Override
    public Optional<LessonProgress> lessonProgress(UUID learnerId, UUID lessonId) {
        return lessons.lessonProgress(learnerId, lessonId);
    }

    @Override
    public List<SkillMastery> mastery(UUID learnerId) {
        return reports.mastery(learnerId);
    }

    @Override
    public StudySession startStudySession(UUID learnerId, StudyScope scope, StudyMode mode, int minDifficulty, int maxDifficulty) {
        return study.startStudySession(learnerId, scope, mode, minDifficulty, maxDifficulty);
    }

    @Override
    public List<QuestionView> nextQuestions(UUID sessionId, int count) {
        return study.nextQuestions(sessionId, count);
    }

    @Override
    public PracticeAnswer answerPractice(UUID sessionId, UUID questionId, Response response, Duration timeSpent) {
        return study.answerPractice(sessionId, questionId, response, timeSpent);
    }

    @Override
    public StudySession endStudySession(UUID sessionId) {
        return study.endStudySession(sessionId);
    }

    @Override
    public Page<DashboardEntry> dashboard(UUID learnerId, PageRequest page) {
        return reports.dashboard(learnerId, page);
    }

    @Override
    public LearnerStats stats(UUID learnerId) {
        return reports.stats(learnerId);
    }
}
