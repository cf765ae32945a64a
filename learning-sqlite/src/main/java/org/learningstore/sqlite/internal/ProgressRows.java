package org.learningstore.sqlite.internal;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.core.port.StoredShapes;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;
import org.learningstore.core.progress.MasteryStatus;
import org.learningstore.core.progress.SkillMastery;
import org.learningstore.core.progress.StudyMode;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudyScopeKind;
import org.learningstore.core.progress.StudySession;

/**
 * The select lists of the progress tables and the records their rows become. A lesson's last
 * position is stored as the very text the learner's app sent (a JSON object, checked), so it reads
 * back exactly as written; bookmarks and a session's skill ids are JSON arrays of texts.
 */
final class ProgressRows {
    static final String ENROLLMENT_COLUMNS = """
            e.id, e.course_id, e.learner_id, e.status, e.enrolled_at, e.completed_at, e.progress_percent, \
            e.current_lesson_id, e.last_accessed_at, e.version""";
    static final String LESSON_PROGRESS_COLUMNS = """
            p.learner_id, p.lesson_id, p.status, p.started_at, p.completed_at, p.time_spent_ms, p.best_score, \
            p.attempts, p.last_position, p.bookmarks, p.updated_at, p.version""";
    static final String MASTERY_COLUMNS = """
            m.learner_id, m.skill_id, m.status, m.score, m.answers, m.correct, m.last_practiced_at, m.version""";
    static final String SESSION_COLUMNS = """
            s.id, s.learner_id, s.scope_kind, s.assessment_id, s.course_id, s.skill_ids, s.mode, s.min_difficulty, \
            s.max_difficulty, s.started_at, s.ended_at, s.answered, s.correct, s.time_spent_ms, s.version""";

    private final JsonCodec json;

    ProgressRows(JsonCodec json) {
        this.json = json;
    }

    Enrollment enrollment(Row row) {
        return new Enrollment(
                row.uuid("id"),
                row.uuid("course_id"),
                row.uuid("learner_id"),
                EnrollmentStatus.fromCode(row.text("status")),
                row.instant("enrolled_at"),
                row.instant("completed_at"),
                row.real("progress_percent"),
                row.uuid("current_lesson_id"),
                row.instant("last_accessed_at"),
                row.integer("version"));
    }

    LessonProgress lessonProgress(Row row) {
        return new LessonProgress(
                row.uuid("learner_id"),
                row.uuid("lesson_id"),
                LessonStatus.fromCode(row.text("status")),
                row.instant("started_at"),
                row.instant("completed_at"),
                row.duration("time_spent_ms"),
                row.nullableReal("best_score"),
                row.int32("attempts"),
                row.text("last_position"),
                row.texts("bookmarks", json),
                row.instant("updated_at"),
                row.integer("version"));
    }

    SkillMastery mastery(Row row) {
        return new SkillMastery(
                row.uuid("learner_id"),
                row.uuid("skill_id"),
                MasteryStatus.fromCode(row.text("status")),
                row.real("score"),
                row.int32("answers"),
                row.int32("correct"),
                row.instant("last_practiced_at"),
                row.integer("version"));
    }

    StudySession session(Row row) {
        List<UUID> skillIds = StoredShapes.ids(json.parse(row.text("skill_ids")));
        var scope = new StudyScope(StudyScopeKind.fromCode(row.text("scope_kind")), row.uuid("assessment_id"),
                row.uuid("course_id"), skillIds);
        return new StudySession(
                row.uuid("id"),
                row.uuid("learner_id"),
                scope,
                StudyMode.fromCode(row.text("mode")),
                row.int32("min_difficulty"),
                row.int32("max_difficulty"),
                row.instant("started_at"),
                row.instant("ended_at"),
                row.int32("answered"),
                row.int32("correct"),
                row.duration("time_spent_ms"),
                row.integer("version"));
    }

    String texts(List<String> texts) {
        return json.print(texts);
    }

    String ids(List<UUID> ids) {
        return json.print(StoredShapes.idsTree(ids));
    }
}
