package org.learningstore.sqlite.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningstore.core.port.LearnerRecord;
import org.learningstore.core.port.LearnerRecords;

/**
 * A learner's rows by kind, each page one range of the learner's index on its table (the answers
 * through attempts_learner_idx), and the erase statements; the rest of an erase is the schema's
 * cascades.
 */
final class SqliteLearnerRecords implements LearnerRecords {
    private static final Map<LearnerRecord, String> SOURCES = Map.ofEntries(
            Map.entry(LearnerRecord.LEARNER, "learners t WHERE t.id = ?"),
            Map.entry(LearnerRecord.SESSIONS, "learner_sessions t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.ENROLLMENTS, "enrollments t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.LESSON_PROGRESS, "lesson_progress t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.ATTEMPTS, "attempts t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.ANSWERS, "answers t JOIN attempts a ON a.id = t.attempt_id WHERE a.learner_id = ?"),
            Map.entry(LearnerRecord.ATTEMPT_OVERRIDES, "attempt_overrides t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.MASTERY, "skill_mastery t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.STUDY_SESSIONS, "study_sessions t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.PRACTICE_ANSWERS, "practice_answers t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.XP_ENTRIES, "xp_entries t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.ACHIEVEMENTS, "learner_achievements t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.NOTES, "notes t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.POSTS, "discussion_posts t WHERE t.author_id = ?"),
            Map.entry(LearnerRecord.VOTES, "post_votes t WHERE t.voter_id = ?"),
            Map.entry(LearnerRecord.PROJECTS, "projects t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.PROJECT_LIKES, "project_likes t WHERE t.learner_id = ?"),
            Map.entry(LearnerRecord.EVENTS, "learning_events t WHERE t.learner_id = ?"));

    private static final String RELEASE_VOTES = """
            UPDATE discussion_posts SET vote_count = vote_count \
            - (SELECT v.value FROM post_votes v WHERE v.post_id = discussion_posts.id AND v.voter_id = ?) \
            WHERE id IN (SELECT post_id FROM post_votes WHERE voter_id = ?)""";
    private static final String RELEASE_LIKES = """
            UPDATE projects SET like_count = like_count - 1 \
            WHERE id IN (SELECT project_id FROM project_likes WHERE learner_id = ?) AND like_count > 0""";
    private static final String RELEASE_SEATS = """
            UPDATE courses SET enrolled_count = enrolled_count - 1 \
            WHERE id IN (SELECT course_id FROM enrollments WHERE learner_id = ? AND status <> 'dropped') AND enrolled_count > 0""";
    private static final String ANONYMISE_POSTS = """
            UPDATE discussion_posts SET author_id = NULL, title = CASE WHEN title IS NULL THEN NULL ELSE ? END, body = ?, \
            updated_at = ?, version = version + 1 WHERE author_id = ?""";
    private static final String UNLINK_EVENTS = "UPDATE learning_events SET learner_id = NULL, session_id = NULL WHERE learner_id = ?";
    private static final String DELETE_ATTEMPTS = "DELETE FROM attempts WHERE learner_id = ?";
    private static final String DELETE_STUDY_STATE = "DELETE FROM learner_question_state WHERE learner_id = ?";
    private static final String DELETE_OVERRIDES = "DELETE FROM attempt_overrides WHERE learner_id = ?";
    private static final String DELETE_AUDIT = "DELETE FROM audit_log WHERE entity_type = 'learner' AND entity_id = ?";
    private static final String MASK_AUDIT = """
            UPDATE audit_log SET actor = replace(actor, ?, ?), before = replace(before, ?, ?), after = replace(after, ?, ?) \
            WHERE instr(actor, ?) > 0 OR instr(before, ?) > 0 OR instr(after, ?) > 0""";
    private static final String DELETE_LEARNER = "DELETE FROM learners WHERE id = ?";

    private final SqlExecutor executor;

    SqliteLearnerRecords(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public List<List<Object>> page(LearnerRecord kind, UUID learnerId, List<Object> after, int limit) {
        List<String> keys = kind.keyColumns();
        List<Object> args = new ArrayList<>(List.of(learnerId));
        String sql = "SELECT " + kind.columns().stream().map(column -> "t." + column + " AS " + column)
                .collect(Collectors.joining(", ")) + " FROM " + SOURCES.get(kind);
        if (!after.isEmpty()) {
            sql += keys.size() == 1 ? " AND t." + keys.get(0) + " > ?"
                    : " AND (t." + keys.get(0) + " > ? OR (t." + keys.get(0) + " = ? AND t." + keys.get(1) + " > ?))";
            args.addAll(keys.size() == 1 ? after : List.of(after.get(0), after.get(0), after.get(1)));
        }
        sql += " ORDER BY " + keys.stream().map(key -> "t." + key).collect(Collectors.joining(", ")) + " LIMIT ?";
        args.add(limit);
        return executor.query(Sql.of(sql, args.toArray()), row -> kind.fields().stream().map(field -> value(row, field)).toList());
    }

    private static Object value(Row row, LearnerRecord.Field field) {
        String column = field.column();
        if (row.isNull(column)) {
            return null;
        }
        return switch (field.kind()) {
            case ID -> row.uuid(column);
            case TEXT, JSON -> row.text(column);
            case INTEGER -> row.integer(column);
            case DECIMAL -> row.real(column);
            case FLAG -> row.flag(column);
            case INSTANT -> row.instant(column);
        };
    }

    @Override
    public void releaseVotes(UUID learnerId) {
        executor.update(Sql.of(RELEASE_VOTES, learnerId, learnerId));
    }

    @Override
    public void releaseLikes(UUID learnerId) {
        executor.update(Sql.of(RELEASE_LIKES, learnerId));
    }

    @Override
    public void releaseSeats(UUID learnerId) {
        executor.update(Sql.of(RELEASE_SEATS, learnerId));
    }

    @Override
    public void anonymisePosts(UUID learnerId, String erased, Instant at) {
        executor.update(Sql.of(ANONYMISE_POSTS, erased, erased, at, learnerId));
    }

    @Override
    public void unlinkEvents(UUID learnerId) {
        executor.update(Sql.of(UNLINK_EVENTS, learnerId));
    }

    @Override
    public void deleteAttempts(UUID learnerId) {
        executor.update(Sql.of(DELETE_ATTEMPTS, learnerId));
        executor.update(Sql.of(DELETE_STUDY_STATE, learnerId));
    }

    @Override
    public void deleteOverrides(UUID learnerId) {
        executor.update(Sql.of(DELETE_OVERRIDES, learnerId));
    }

    @Override
    public void deleteAuditEntries(UUID learnerId) {
        executor.update(Sql.of(DELETE_AUDIT, learnerId));
    }

    @Override
    public void maskInAudit(UUID learnerId, String erased) {
        String id = learnerId.toString();
        executor.update(Sql.of(MASK_AUDIT, id, erased, id, erased, id, erased, id, id, id));
    }

    @Override
    public void deleteLearner(UUID learnerId) {
        executor.update(Sql.of(DELETE_LEARNER, learnerId));
    }
}
