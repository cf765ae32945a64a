package org.learningstore.jpa.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.port.StoredShapes;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudyScopeKind;
import org.learningstore.core.progress.StudySession;

/**
 * Converts enrollments, lesson progress, skill mastery, study sessions and practice answers
 * between their entities and records. Durations are stored in milliseconds; bookmarks and a
 * session's skill ids as JSON arrays of strings.
 */
final class ProgressMapping {
    private ProgressMapping() {
    }

    // enrollments

    /** The columns of {@link #enrollment}, selected from {@code EnrollmentEntity e}: a projection, so no managed entity. */
    static final String ENROLLMENT_COLUMNS = "e.id, e.courseId, e.learnerId, e.status, e.enrolledAt, e.completedAt,"
            + " e.progressPercent, e.currentLessonId, e.lastAccessedAt, e.version";

    static Enrollment enrollment(Object[] row) {
        return new Enrollment((UUID) row[0], (UUID) row[1], (UUID) row[2], EnrollmentStatus.fromCode((String) row[3]),
                (Instant) row[4], (Instant) row[5], ((Number) row[6]).doubleValue(), (UUID) row[7], (Instant) row[8],
                ((Number) row[9]).longValue());
    }

    static Enrollment toRecord(EnrollmentEntity entity) {
        return new Enrollment(entity.id, entity.courseId, entity.learnerId, EnrollmentStatus.fromCode(entity.status),
                entity.enrolledAt, entity.completedAt, entity.progressPercent, entity.currentLessonId,
                entity.lastAccessedAt, entity.version);
    }

    static EnrollmentEntity toEntity(Enrollment enrollment) {
        var entity = new EnrollmentEntity();
        entity.id = enrollment.id();
        entity.courseId = enrollment.courseId();
        entity.learnerId = enrollment.learnerId();
        entity.enrolledAt = enrollment.enrolledAt();
        entity.version = enrollment.version();
        write(enrollment, entity);
        return entity;
    }

    /** Copies status, completion, progress, current lesson and last access; id, course, learner and enrollment time never change. */
    static void write(Enrollment enrollment, EnrollmentEntity entity) {
        entity.status = enrollment.status().code();
        entity.completedAt = enrollment.completedAt();
        entity.progressPercent = enrollment.progressPercent();
        entity.currentLessonId = enrollment.currentLessonId();
        entity.lastAccessedAt = enrollment.lastAccessedAt();
    }

    // lesson progress

    /** The columns of {@link #lessonProgress}, selected from {@code LessonProgressEntity p}: a projection, so no managed entity. */
    static final String LESSON_PROGRESS_COLUMNS = "p.learnerId, p.lessonId, p.status, p.startedAt, p.completedAt,"
            + " p.timeSpentMs, p.bestScore, p.attempts, p.lastPosition, p.bookmarks, p.updatedAt, p.version";

    @SuppressWarnings("unchecked")
    static LessonProgress lessonProgress(Object[] row) {
        return new LessonProgress((UUID) row[0], (UUID) row[1], LessonStatus.fromCode((String) row[2]), (Instant) row[3],
                (Instant) row[4], Duration.ofMillis(((Number) row[5]).longValue()), (Double) row[6], ((Number) row[7]).intValue(),
                (String) row[8], row[9] == null ? List.of() : (List<String>) row[9], (Instant) row[10],
                ((Number) row[11]).longValue());
    }

    static LessonProgress toRecord(LessonProgressEntity entity) {
        return new LessonProgress(entity.learnerId, entity.lessonId, LessonStatus.fromCode(entity.status),
                entity.startedAt, entity.completedAt, Duration.ofMillis(entity.timeSpentMs), entity.bestScore,
                entity.attempts, entity.lastPosition, entity.bookmarks == null ? List.of() : entity.bookmarks,
                entity.updatedAt, entity.version);
    }

    static LessonProgressEntity toEntity(LessonProgress progress) {
        var entity = new LessonProgressEntity();
        entity.learnerId = progress.learnerId();
        entity.lessonId = progress.lessonId();
        entity.version = progress.version();
        write(progress, entity);
        return entity;
    }

    /** Copies everything but the key and the version. */
    static void write(LessonProgress progress, LessonProgressEntity entity) {
        entity.status = progress.status().code();
        entity.startedAt = progress.startedAt();
        entity.completedAt = progress.completedAt();
        entity.timeSpentMs = progress.timeSpent().toMillis();
        entity.bestScore = progress.bestScore();
        entity.attempts = progress.attempts();
        entity.lastPosition = progress.lastPosition();
        if (entity.bookmarks == null || !entity.bookmarks.equals(progress.bookmarks())) {
            entity.bookmarks = new ArrayList<>(progress.bookmarks());
        }
        entity.updatedAt = progress.updatedAt();
    }

    // skill mastery

    /** The columns of {@link #skillMastery}, selected from {@code SkillMasteryEntity m}: a projection, so no managed entity. */
    static final String SKILL_MASTERY_COLUMNS = "m.learnerId, m.skillId, m.status, m.score, m.answers, m.correct,"
            + " m.lastPracticedAt, m.version";

    static SkillMastery skillMastery(Object[] row) {
        return new SkillMastery((UUID) row[0], (UUID) row[1], MasteryStatus.fromCode((String) row[2]),
                ((Number) row[3]).doubleValue(), ((Number) row[4]).intValue(), ((Number) row[5]).intValue(), (Instant) row[6],
                ((Number) row[7]).longValue());
    }

    static SkillMastery toRecord(SkillMasteryEntity entity) {
        return new SkillMastery(entity.learnerId, entity.skillId, MasteryStatus.fromCode(entity.status), entity.score,
                entity.answers, entity.correct, entity.lastPracticedAt, entity.version);
    }

    static SkillMasteryEntity toEntity(SkillMastery mastery) {
        var entity = new SkillMasteryEntity();
        entity.learnerId = mastery.learnerId();
        entity.skillId = mastery.skillId();
        entity.version = mastery.version();
        write(mastery, entity);
        return entity;
    }

    static void write(SkillMastery mastery, SkillMasteryEntity entity) {
        entity.status = mastery.status().code();
        entity.score = mastery.score();
        entity.answers = mastery.answers();
        entity.correct = mastery.correct();
        entity.lastPracticedAt = mastery.lastPracticedAt();
    }

    // study sessions

    static StudySession toRecord(StudySessionEntity entity) {
        List<UUID> skillIds = entity.skillIds == null ? List.of() : entity.skillIds.stream().map(UUID::fromString).toList();
        var scope = new StudyScope(StudyScopeKind.fromCode(entity.scopeKind), entity.assessmentId, entity.courseId, skillIds);
        return new StudySession(entity.id, entity.learnerId, scope, StudyMode.fromCode(entity.mode), entity.minDifficulty,
                entity.maxDifficulty, entity.startedAt, entity.endedAt, entity.answered, entity.correct,
                Duration.ofMillis(entity.timeSpentMs), entity.version);
    }

    static StudySessionEntity toEntity(StudySession session) {
        var entity = new StudySessionEntity();
        entity.id = session.id();
        entity.learnerId = session.learnerId();
        entity.scopeKind = session.scope().kind().code();
        entity.assessmentId = session.scope().assessmentId();
        entity.courseId = session.scope().courseId();
        entity.skillIds = new ArrayList<>(session.scope().skillIds().stream().map(UUID::toString).toList());
        entity.mode = session.mode().code();
        entity.minDifficulty = session.minDifficulty();
        entity.maxDifficulty = session.maxDifficulty();
        entity.startedAt = session.startedAt();
        entity.endedAt = session.endedAt();
        entity.answered = session.answered();
        entity.correct = session.correct();
        entity.timeSpentMs = session.timeSpent().toMillis();
        entity.version = session.version();
        return entity;
    }

    static PracticeAnswerEntity toEntity(PracticeAnswer answer, UUID learnerId) {
        var entity = new PracticeAnswerEntity();
        entity.id = answer.id();
        entity.sessionId = answer.sessionId();
        entity.learnerId = learnerId;
        entity.questionId = answer.questionId();
        entity.response = JsonColumns.print(StoredShapes.responseTree(answer.response()));
        entity.correct = answer.correct();
        entity.points = answer.points();
        entity.answeredAt = answer.answeredAt();
        entity.timeSpentMs = answer.timeSpent() == null ? 0 : answer.timeSpent().toMillis();
        return entity;
    }
}
